import type { CallJson } from "@chat-app/protocol";
import { ApiError } from "../api";
import {
  callJson,
  FakeCallLink,
  FakeMediaDevices,
  type FakeDevicesOptions,
  fakeEnvironment,
  FakePeerConnection,
  FakeTrack,
  settleAll,
} from "./call-fakes";
import { CallManager } from "./CallManager";

const ME = 1;
const answeredAt = "2026-01-01T00:00:05.000Z";

const managers: CallManager[] = [];
afterEach(() => managers.splice(0).forEach((manager) => manager.close()));

function setup(devices: FakeDevicesOptions = {}) {
  FakePeerConnection.made = [];
  const link = new FakeCallLink();
  const media = new FakeMediaDevices(devices);
  const manager = new CallManager({ selfId: ME, link, env: fakeEnvironment(media) });
  managers.push(manager);
  return { link, media, manager, pcs: FakePeerConnection.made };
}

/** Bob (2) rings me; I accept in this tab. */
async function acceptedCall(setupResult: ReturnType<typeof setup>, changes: Partial<CallJson> = {}) {
  const { link, manager } = setupResult;
  manager.ringing(callJson({ id: 5, ...changes }));
  link.answer = () =>
    callJson({ id: 5, state: "active", participants: [2, ME], answered_at: answeredAt, answered_connection: "my-socket", ...changes });
  await manager.accept(5);
  return manager.snapshot();
}

/** I ring Bob (2) and he accepts in one of his tabs. */
async function answeredOutgoingCall({ link, manager }: ReturnType<typeof setup>) {
  const ringing = callJson({ id: 7, caller_id: ME, participants: [ME] });
  link.answer = () => ringing;
  await manager.start({ userId: 2 }, "video");
  manager.updated({ ...ringing, state: "active", participants: [ME, 2], answered_at: answeredAt, answered_connection: "bob-tab" });
  await settleAll();
}

describe("CallManager", () => {
  it("shows a ringing call until another of my connections answers it", () => {
    const { manager } = setup();
    manager.ringing(callJson({ id: 5 }));
    expect(manager.snapshot().incoming.map((call) => call.id)).toEqual([5]);
    manager.updated(callJson({ id: 5, state: "active", participants: [2, ME], answered_connection: "my-other-tab" }));
    expect(manager.snapshot().incoming).toEqual([]);
    expect(manager.snapshot().current).toBeNull();
  });

  it("gives a new immutable snapshot after each change and the same one in between", () => {
    const { manager } = setup();
    const before = manager.snapshot();
    expect(manager.snapshot()).toBe(before);
    manager.ringing(callJson({ id: 5 }));
    const after = manager.snapshot();
    expect(after).not.toBe(before);
    expect(Object.isFrozen(after) && Object.isFrozen(after.incoming)).toBe(true);
  });

  it("accepting makes the call current with its peer made before any signal, and answers the caller's offer", async () => {
    const env = setup();
    const snapshot = await acceptedCall(env);
    expect(env.link.actions).toEqual([{ action: "call:accept", callId: 5 }]);
    expect(snapshot.incoming).toEqual([]);
    expect(snapshot.current?.call.id).toBe(5);
    expect(snapshot.current?.peers).toEqual([{ userId: 2, stream: null, state: "new" }]);
    expect(snapshot.callStartedAt).toBe(Date.parse(answeredAt));
    expect(env.pcs).toHaveLength(1);
    await settleAll();
    expect(env.link.signals).toEqual([]);
    env.manager.signal({ call_id: 5, from_user_id: 2, signal: { type: "offer", sdp: "audio,video" } });
    await settleAll();
    expect(env.link.signals).toEqual([{ call_id: 5, to_user_id: 2, signal: { type: "answer", sdp: "audio,video" } }]);
    const senders = env.pcs[0]!.transceivers.map((transceiver) => [transceiver.direction, transceiver.sender.track?.kind]);
    expect(senders).toEqual([
      ["sendrecv", "audio"],
      ["sendrecv", "video"],
    ]);
  });

  it("as the caller, makes the peer and sends the offer only once the callee joined", async () => {
    const env = setup();
    const ringing = callJson({ id: 7, caller_id: ME, participants: [ME] });
    env.link.answer = () => ringing;
    const started = env.manager.start({ userId: 2 }, "video");
    expect(env.manager.snapshot()).toMatchObject({ entering: true, current: null });
    await started;
    expect(env.manager.snapshot()).toMatchObject({ entering: false, current: { call: { id: 7 } } });
    expect(env.link.starts).toEqual([{ user_id: 2, media: "video" }]);
    await settleAll();
    expect(env.pcs).toHaveLength(0);
    env.manager.updated({ ...ringing, state: "active", participants: [ME, 2], answered_connection: "bob-tab" });
    expect(env.pcs).toHaveLength(1);
    expect(env.pcs[0]!.config).toEqual({ iceServers: [{ urls: ["stun:stun.test"] }], iceTransportPolicy: "relay" });
    await settleAll();
    expect(env.link.signals).toEqual([{ call_id: 7, to_user_id: 2, signal: { type: "offer", sdp: "audio,video" } }]);
    env.pcs[0]!.gatherCandidate("candidate:1");
    env.pcs[0]!.gatherCandidate(null);
    expect(env.link.signals.map((s) => s.signal.type)).toEqual(["offer", "candidate"]);
    env.manager.signal({ call_id: 7, from_user_id: 2, signal: { type: "answer", sdp: "audio,video" } });
    await settleAll();
    expect(env.pcs[0]!.signalingState).toBe("stable");
  });

  it("queues remote candidates until the remote description is set", async () => {
    const env = setup();
    await acceptedCall(env);
    const candidate = { candidate: "candidate:early", sdpMid: "0", sdpMLineIndex: 0 };
    env.manager.signal({ call_id: 5, from_user_id: 2, signal: { type: "candidate", candidate } });
    env.manager.signal({ call_id: 5, from_user_id: 2, signal: { type: "offer", sdp: "audio,video" } });
    await settleAll();
    expect(env.pcs[0]!.applied).toEqual(["offer", "candidate:candidate:early"]);
  });

  it("applies, in order, signals that came before the participant's peer existed", async () => {
    const env = setup();
    // I am in a group call with 3; 4 joins and its offer and candidates overtake the call:updated.
    const group = { conversation: { group_id: 9 }, caller_id: 3 } as const;
    env.manager.ringing(callJson({ id: 8, ...group, participants: [3] }));
    env.link.answer = () => callJson({ id: 8, ...group, state: "active", participants: [3, ME], answered_connection: "my-socket" });
    await env.manager.accept(8);
    expect(env.link.actions).toEqual([{ action: "call:join", callId: 8 }]);
    env.manager.signal({ call_id: 8, from_user_id: 4, signal: { type: "offer", sdp: "audio,video" } });
    env.manager.signal({ call_id: 8, from_user_id: 4, signal: { type: "candidate", candidate: { candidate: "c1" } } });
    env.manager.signal({ call_id: 8, from_user_id: 4, signal: { type: "candidate", candidate: { candidate: "c2" } } });
    await settleAll();
    expect(env.pcs).toHaveLength(1);
    env.manager.updated(callJson({ id: 8, ...group, state: "active", participants: [3, ME, 4], answered_connection: "four" }));
    await settleAll();
    expect(env.pcs).toHaveLength(2);
    expect(env.pcs[1]!.applied).toEqual(["offer", "candidate:c1", "candidate:c2"]);
    expect(env.link.signals.filter((s) => s.to_user_id === 4).map((s) => s.signal.type)).toEqual(["answer"]);
  });

  it("in a group, the newcomer offers to everyone already there and waits for those who come after", async () => {
    const env = setup();
    const group = { conversation: { group_id: 9 }, caller_id: 3, state: "active" } as const;
    env.link.active = [callJson({ id: 8, ...group, participants: [3, 5] })];
    await env.manager.connected();
    expect(env.manager.snapshot().groupCalls.map((call) => call.id)).toEqual([8]);
    env.link.answer = () => callJson({ id: 8, ...group, participants: [3, 5, ME], answered_connection: "my-socket" });
    await env.manager.join(8);
    await settleAll();
    expect(env.manager.snapshot().groupCalls).toEqual([]);
    expect(env.link.signals.map((s) => [s.to_user_id, s.signal.type])).toEqual([
      [3, "offer"],
      [5, "offer"],
    ]);
    env.manager.updated(callJson({ id: 8, ...group, participants: [3, 5, ME, 6], answered_connection: "six" }));
    await settleAll();
    expect(env.pcs).toHaveLength(3);
    expect(env.link.signals.filter((s) => s.to_user_id === 6)).toEqual([]);
    env.manager.updated(callJson({ id: 8, ...group, participants: [3, ME, 6] }));
    expect(env.pcs.map((pc) => pc.closed)).toEqual([false, true, false]);
    expect(env.manager.snapshot().current?.peers.map((peer) => peer.userId)).toEqual([3, 6]);
    // 5 comes back: a newcomer now, who offers; this side waits.
    const before = env.link.signals.length;
    env.manager.updated(callJson({ id: 8, ...group, participants: [3, ME, 6, 5], answered_connection: "five" }));
    await settleAll();
    expect(env.pcs).toHaveLength(4);
    expect(env.link.signals.slice(before)).toEqual([]);
  });

  it("hanging up releases the devices, closes the peers and tells the server", async () => {
    const env = setup();
    await answeredOutgoingCall(env);
    const local = env.media.opened;
    expect(local.map((track) => track.readyState)).toEqual(["live", "live"]);
    await env.manager.hangUp();
    expect(local.map((track) => track.readyState)).toEqual(["ended", "ended"]);
    expect(env.pcs[0]!.closed).toBe(true);
    expect(env.link.actions).toEqual([{ action: "call:hangup", callId: 7 }]);
    expect(env.manager.snapshot()).toMatchObject({ current: null, localStream: null, lastEnded: { callId: 7, reason: "hangup" } });
  });

  it("call:ended clears the current call, stops the tracks and says why", async () => {
    const env = setup();
    await acceptedCall(env);
    env.manager.endedEvent(callJson({ id: 5, state: "ended", participants: [], end_reason: "hangup" }));
    expect(env.media.opened.every((track) => track.readyState === "ended")).toBe(true);
    expect(env.pcs[0]!.closed).toBe(true);
    expect(env.manager.snapshot()).toMatchObject({ current: null, lastEnded: { callId: 5, reason: "hangup" } });
  });

  it("a busy refusal rejects the start and shows as the last ended call", async () => {
    const env = setup();
    env.link.answer = () => new ApiError(409, "busy: they are in another call");
    await expect(env.manager.start({ userId: 2 }, "audio")).rejects.toThrow("busy");
    expect(env.manager.snapshot()).toMatchObject({
      current: null,
      lastEnded: { callId: null, reason: "busy", message: "busy: they are in another call" },
    });
    expect(env.media.opened.every((track) => track.readyState === "ended")).toBe(true);
  });

  it("a group call declined here stops ringing and becomes joinable; so does one declined in another tab", async () => {
    const env = setup();
    const group = { conversation: { group_id: 9 }, caller_id: 3, participants: [3] };
    env.link.answer = (_, id) => callJson({ id: id ?? 0, ...group });
    env.manager.ringing(callJson({ id: 8, ...group }));
    await env.manager.decline(8);
    expect(env.link.actions).toEqual([{ action: "call:decline", callId: 8 }]);
    env.manager.ringing(callJson({ id: 9, ...group }));
    env.manager.updated(callJson({ id: 9, ...group }));
    expect(env.manager.snapshot().incoming).toEqual([]);
    expect(env.manager.snapshot().groupCalls.map((call) => call.id)).toEqual([8, 9]);
  });

  it("restarts ICE when it fails, or stays disconnected for 2 s, and hangs up a direct call not back within 15 s", async () => {
    jest.useFakeTimers();
    try {
      const env = setup();
      await acceptedCall(env);
      env.manager.signal({ call_id: 5, from_user_id: 2, signal: { type: "offer", sdp: "audio,video" } });
      await jest.advanceTimersByTimeAsync(0);
      const pc = env.pcs[0]!;
      pc.setIceState("connected");
      pc.setIceState("failed");
      expect(pc.restarts).toBe(1);
      await jest.advanceTimersByTimeAsync(0);
      // The restart's fresh offer goes out by itself (negotiationneeded).
      expect(env.link.signals.map((s) => s.signal.type)).toEqual(["answer", "offer"]);
      pc.setIceState("connected");
      pc.setIceState("disconnected");
      expect(env.manager.snapshot().current?.peers[0]?.state).toBe("reconnecting");
      await jest.advanceTimersByTimeAsync(1999);
      expect(pc.restarts).toBe(1);
      await jest.advanceTimersByTimeAsync(1);
      expect(pc.restarts).toBe(2);
      await jest.advanceTimersByTimeAsync(15_000);
      expect(env.manager.snapshot()).toMatchObject({ current: null, lastEnded: { callId: 5, reason: "lost" } });
      expect(env.link.actions.at(-1)).toEqual({ action: "call:hangup", callId: 5 });
      expect(pc.closed).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it("shows the remote stream, or builds one when a track comes without", async () => {
    const env = setup();
    await acceptedCall(env);
    const audio = new FakeTrack("audio", "remote-a");
    const video = new FakeTrack("video", "remote-v");
    env.pcs[0]!.receiveTrack(audio);
    env.pcs[0]!.receiveTrack(video);
    const stream = env.manager.snapshot().current?.peers[0]?.stream as unknown as { getTracks(): FakeTrack[] };
    expect(stream.getTracks()).toEqual([audio, video]);
  });

  it("a dropped connection ends the call here (the server takes this connection out of it)", async () => {
    const env = setup();
    await acceptedCall(env);
    env.manager.disconnected();
    expect(env.manager.snapshot()).toMatchObject({ current: null, lastEnded: { callId: 5, reason: "lost" } });
    expect(env.media.opened.every((track) => track.readyState === "ended")).toBe(true);
  });
});
