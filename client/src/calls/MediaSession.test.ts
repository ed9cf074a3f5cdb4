import {
  callJson,
  FakeCallLink,
  FakeMediaDevices,
  type FakeDevicesOptions,
  fakeEnvironment,
  FakePeerConnection,
  type FakeTrack,
  settleAll,
} from "./call-fakes";
import { CallManager } from "./CallManager";

const managers: CallManager[] = [];
afterEach(() => managers.splice(0).forEach((manager) => manager.close()));

/** I am in an answered call with Bob (2), his offer answered: my senders are attached. */
async function inCall(devices: FakeDevicesOptions = {}, media: "audio" | "video" = "video") {
  FakePeerConnection.made = [];
  const link = new FakeCallLink();
  const mediaDevices = new FakeMediaDevices(devices);
  const manager = new CallManager({ selfId: 1, link, env: fakeEnvironment(mediaDevices) });
  managers.push(manager);
  manager.ringing(callJson({ id: 5, media }));
  link.answer = () => callJson({ id: 5, media, state: "active", participants: [2, 1], answered_connection: "my-socket" });
  await manager.accept(5);
  manager.signal({ call_id: 5, from_user_id: 2, signal: { type: "offer", sdp: media === "video" ? "audio,video" : "audio" } });
  await settleAll();
  const pc = FakePeerConnection.made[0]!;
  const sent = (kind: "audio" | "video") => pc.transceivers.find((t) => t.receiver.track.kind === kind)?.sender.track ?? null;
  return { manager, mediaDevices, sent };
}

describe("MediaSession (through the calls part)", () => {
  it("a refused camera leaves an audio-only call and says so", async () => {
    const { manager, sent } = await inCall({ refuse: { video: "NotAllowedError" } });
    expect(manager.snapshot()).toMatchObject({ mediaProblem: "camera-blocked", cameraOff: true, listenOnly: false });
    expect(sent("audio")?.kind).toBe("audio");
    expect(sent("video")).toBeNull();
  });

  it("a missing camera is told apart from a refused one", async () => {
    const { manager } = await inCall({ refuse: { video: "NotFoundError" } });
    expect(manager.snapshot().mediaProblem).toBe("no-camera");
  });

  it("without a microphone either, the call is joined listening only", async () => {
    const { manager, sent } = await inCall({ refuse: { video: "NotAllowedError", audio: "NotAllowedError" } });
    expect(manager.snapshot()).toMatchObject({ mediaProblem: "microphone-blocked", listenOnly: true, current: { call: { id: 5 } } });
    expect(sent("audio")).toBeNull();
  });

  it("without a microphone, a video call still sends the camera", async () => {
    const { manager, sent } = await inCall({ refuse: { audio: "NotFoundError" } });
    expect(manager.snapshot()).toMatchObject({ mediaProblem: "no-microphone", listenOnly: true, cameraOff: false });
    expect(sent("video")?.kind).toBe("video");
  });

  it("mute disables the microphone and sends nothing; unmute sends the same track again", async () => {
    const { manager, sent } = await inCall();
    const microphone = sent("audio") as FakeTrack;
    manager.setMuted(true);
    await settleAll();
    expect(manager.snapshot().muted).toBe(true);
    expect(sent("audio")).toBeNull();
    expect(microphone.enabled).toBe(false);
    expect(microphone.readyState).toBe("live");
    manager.setMuted(false);
    await settleAll();
    expect(sent("audio")).toBe(microphone);
    expect(microphone.enabled).toBe(true);
  });

  it("camera off stops the camera and sends nothing; on again opens a new one and sends it", async () => {
    const { manager, sent } = await inCall();
    const camera = sent("video") as FakeTrack;
    await manager.setCameraOff(true);
    await settleAll();
    expect(camera.readyState).toBe("ended");
    expect(sent("video")).toBeNull();
    expect(manager.snapshot().cameraOff).toBe(true);
    await manager.setCameraOff(false);
    await settleAll();
    expect(sent("video")).not.toBe(camera);
    expect((sent("video") as FakeTrack).readyState).toBe("live");
    expect(manager.snapshot().cameraOff).toBe(false);
  });

  it("switches to the next camera on the same sender", async () => {
    const { manager, sent } = await inCall({ cameras: 2 });
    expect(manager.snapshot().canSwitchCamera).toBe(true);
    await manager.switchCamera();
    await settleAll();
    expect((sent("video") as FakeTrack).deviceId).toBe("video-1");
    await manager.switchCamera();
    await settleAll();
    expect((sent("video") as FakeTrack).deviceId).toBe("video-0");
  });

  it("shares the screen instead of the camera, and the camera comes back when the browser stops the share", async () => {
    const { manager, mediaDevices, sent } = await inCall();
    const camera = sent("video");
    await manager.startScreenShare();
    await settleAll();
    expect(sent("video")).toBe(mediaDevices.screenTrack);
    expect(manager.snapshot().sharing).toBe(true);
    mediaDevices.screenTrack!.endByBrowser();
    await settleAll();
    expect(sent("video")).toBe(camera);
    expect(manager.snapshot().sharing).toBe(false);
  });

  it("an audio call cannot share a screen (it has no video sender)", async () => {
    const { manager, mediaDevices } = await inCall({}, "audio");
    expect(manager.snapshot().canShareScreen).toBe(false);
    await manager.startScreenShare();
    expect(mediaDevices.screenTrack).toBeNull();
    expect(mediaDevices.asked).toEqual([{ audio: true, video: false }]);
  });
});
