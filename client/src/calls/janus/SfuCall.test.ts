import type { CallJson, SfuAccessJson } from "@chat-app/protocol";
import { callJson, FakeCallLink, FakeMediaDevices, fakeEnvironment, FakePeerConnection, type FakeTrack, settleAll } from "../call-fakes";
import { CallManager } from "../CallManager";
import type { PeerTimings } from "../PeerLink";
import { FakeJanus } from "./fake-janus";
import { PRIVATE_ID } from "./fake-videoroom";

const ME = 1;
const ACCESS: SfuAccessJson = {
  url: "http://janus.test/janus",
  room: 77,
  token: "core-token",
  room_token: "room-token",
  feed_id: ME,
  expires_at: "2026-01-01T01:00:00.000Z",
};

const managers: CallManager[] = [];
afterEach(() => managers.splice(0).forEach((manager) => manager.close()));

function groupCall(participants: number[]): CallJson {
  return callJson({ id: 9, conversation: { group_id: 3 }, topology: "sfu", state: "active", caller_id: 2, participants });
}

function setup(timings: Partial<PeerTimings> = {}) {
  FakePeerConnection.made = [];
  const janus = new FakeJanus(ACCESS.url, ACCESS.token, ACCESS.room, ACCESS.room_token);
  const link = new FakeCallLink();
  link.sfu = ACCESS;
  const media = new FakeMediaDevices();
  const manager = new CallManager({
    selfId: ME,
    link,
    env: fakeEnvironment(media, janus.fetch),
    timings,
    janusTimings: { keepaliveMs: 60_000, pollRetryMs: [5, 5] },
  });
  managers.push(manager);
  return { janus, link, media, manager, pcs: FakePeerConnection.made, room: janus.videoroom };
}

/** Joins the live group call 9 (users 2 and 3 in it already, publishing unless said otherwise). */
async function joined(env: ReturnType<typeof setup>, publishing: number[] = [2, 3]) {
  for (const feed of publishing) env.room.addRemotePublisher(feed);
  env.manager.updated(groupCall([2, 3]));
  env.link.answer = () => groupCall([2, 3, ME]);
  await env.manager.join(9);
  await settleAll();
}

function publisherPc(env: ReturnType<typeof setup>): FakePeerConnection {
  const pc = env.pcs[0];
  if (!pc) throw new Error("no publisher PeerConnection");
  return pc;
}

function peers(env: ReturnType<typeof setup>) {
  return env.manager.snapshot().current?.peers ?? [];
}

function trackIds(stream: MediaStream | null): string[] {
  return ((stream?.getTracks() ?? []) as unknown as FakeTrack[]).map((track) => track.deviceId);
}

function requests(env: ReturnType<typeof setup>, request: string) {
  return env.room.messages.filter((message) => message.body.request === request);
}

describe("SfuCall (a group call through Janus)", () => {
  it("joins the room as a publisher with the room token and publishes the tracks sendonly with configure", async () => {
    const env = setup();
    await joined(env, []);
    expect(env.link.actions).toEqual([{ action: "call:join", callId: 9 }]);
    expect(env.link.signals).toEqual([]);
    const [join, configure] = env.room.messages;
    expect(join?.body).toEqual({ request: "join", ptype: "publisher", room: 77, id: ME, token: "room-token", display: String(ME) });
    expect(configure?.body).toEqual({ request: "configure", audio: true, video: true });
    expect(configure?.jsep).toEqual({ type: "offer", sdp: "audio,video" });
    const pc = publisherPc(env);
    expect(pc.transceivers.map((transceiver) => [transceiver.direction, transceiver.sender.track?.kind])).toEqual([
      ["sendonly", "audio"],
      ["sendonly", "video"],
    ]);
    expect(pc.remoteDescription).toEqual({ type: "answer", sdp: "audio,video" });
    pc.gatherCandidate("candidate:pub");
    pc.gatherCandidate(null);
    await settleAll();
    expect(env.room.trickles.map((trickle) => trickle.candidate)).toEqual([
      { candidate: "candidate:pub", sdpMid: "0", sdpMLineIndex: 0 },
      { completed: true },
    ]);
    expect(peers(env)).toEqual([
      { userId: 2, stream: null, state: "new" },
      { userId: 3, stream: null, state: "new" },
    ]);
  });

  it("subscribes to the publishers present with one subscriber handle and answers Janus's offer with start", async () => {
    const env = setup();
    await joined(env);
    const [join] = requests(env, "join").filter((message) => message.body.ptype === "subscriber");
    expect(join?.body).toEqual({
      request: "join",
      ptype: "subscriber",
      room: 77,
      streams: [{ feed: 2 }, { feed: 3 }],
      token: "room-token",
      private_id: PRIVATE_ID,
    });
    const [start] = requests(env, "start");
    expect(start?.jsep?.type).toBe("answer");
    const subscriber = env.pcs[1];
    expect(env.pcs).toHaveLength(2);
    subscriber?.setIceState("connected");
    expect(peers(env).map((peer) => [peer.userId, peer.state, trackIds(peer.stream)])).toEqual([
      [2, "connected", ["remote-audio-0", "remote-video-1"]],
      [3, "connected", ["remote-audio-2", "remote-video-3"]],
    ]);
  });

  it("subscribes to a later publisher on the same handle and renegotiates", async () => {
    const env = setup();
    await joined(env);
    env.pcs[1]?.setIceState("connected");
    env.manager.updated(groupCall([2, 3, ME, 4]));
    expect(peers(env).find((peer) => peer.userId === 4)).toEqual({ userId: 4, stream: null, state: "new" });
    env.room.addRemotePublisher(4, ["audio"]);
    await settleAll();
    expect(requests(env, "subscribe").map((message) => message.body)).toEqual([{ request: "subscribe", streams: [{ feed: 4 }] }]);
    expect(requests(env, "start")).toHaveLength(2);
    expect(env.pcs).toHaveLength(2);
    const four = peers(env).find((peer) => peer.userId === 4);
    expect([four?.state, trackIds(four?.stream ?? null)]).toEqual(["connected", ["remote-audio-4"]]);
  });

  it("takes an offer Janus postponed (updating) when it comes later on its own", async () => {
    const env = setup();
    await joined(env);
    // Janus's autoupdate offer (3 left) is still unanswered when the subscribe to 4 reaches it.
    env.room.addRemotePublisher(4, ["audio"]);
    env.room.removeRemotePublisher(3);
    env.manager.updated(groupCall([2, ME, 4]));
    await settleAll();
    expect(env.room.postponed).toBe(1);
    env.pcs[1]?.setIceState("connected");
    expect(peers(env).map((peer) => [peer.userId, trackIds(peer.stream)])).toEqual([
      [2, ["remote-audio-0", "remote-video-1"]],
      [4, ["remote-audio-4"]],
    ]);
    expect(requests(env, "start")).toHaveLength(3);
  });

  it("drops the stream of a publisher who leaves and unsubscribes from their feed", async () => {
    const env = setup();
    await joined(env);
    env.pcs[1]?.setIceState("connected");
    const stream2 = peers(env)[0]?.stream;
    env.room.removeRemotePublisher(3);
    await settleAll();
    expect(requests(env, "unsubscribe").map((message) => message.body)).toEqual([{ request: "unsubscribe", streams: [{ feed: 3 }] }]);
    expect(peers(env).map((peer) => [peer.userId, peer.stream === null, peer.state])).toEqual([
      [2, false, "connected"],
      [3, true, "new"],
    ]);
    expect(peers(env)[0]?.stream).toBe(stream2);
    env.manager.updated(groupCall([2, ME]));
    expect(peers(env).map((peer) => peer.userId)).toEqual([2]);
  });

  it("leaves out a feed that stopped publishing before the subscription reached Janus (428), keeping the others", async () => {
    const env = setup();
    env.room.beforeMessage = (body) => {
      // Publisher 3's handle went just now; the notifications would come after.
      if (body.ptype === "subscriber") env.room.publishers.delete(3);
      return undefined;
    };
    await joined(env);
    env.pcs[1]?.setIceState("connected");
    const subscriberJoins = requests(env, "join").filter((message) => message.body.ptype === "subscriber");
    expect(subscriberJoins.map((message) => message.body.streams)).toEqual([[{ feed: 2 }, { feed: 3 }], [{ feed: 2 }]]);
    expect(requests(env, "subscribe").map((message) => message.body.streams)).toEqual([[{ feed: 3 }]]);
    expect(peers(env).map((peer) => [peer.userId, peer.state, trackIds(peer.stream)])).toEqual([
      [2, "connected", ["remote-audio-0", "remote-video-1"]],
      [3, "new", []],
    ]);
    expect(env.manager.snapshot().current?.call.id).toBe(9);
  });

  it("restarts ICE: the publisher with a new offer in configure, the subscriber by asking Janus for one", async () => {
    const env = setup();
    await joined(env);
    publisherPc(env).setIceState("connected");
    env.pcs[1]?.setIceState("connected");
    publisherPc(env).setIceState("failed");
    env.pcs[1]?.setIceState("failed");
    await settleAll();
    expect(publisherPc(env).restarts).toBe(1);
    const publisherHandle = env.room.messages[0]?.handleId;
    const configures = requests(env, "configure").map((message) => [message.handleId === publisherHandle, message.body, message.jsep?.type]);
    expect(configures).toHaveLength(3);
    expect(configures).toEqual(
      expect.arrayContaining([
        [true, { request: "configure", audio: true, video: true }, "offer"],
        [false, { request: "configure", restart: true }, undefined],
      ]),
    );
    expect(configures.filter(([publisher]) => publisher)).toHaveLength(2);
    expect(requests(env, "start")).toHaveLength(2);
    expect(peers(env).map((peer) => peer.state)).toEqual(["failed", "failed"]);
    env.pcs[1]?.setIceState("connected");
    expect(peers(env).map((peer) => peer.state)).toEqual(["connected", "connected"]);
  });

  it("ends the call as lost when Janus refuses the join", async () => {
    const env = setup();
    env.link.sfu = { ...ACCESS, room_token: "stale" };
    await joined(env);
    expect(env.manager.snapshot().lastEnded).toEqual({ callId: 9, reason: "lost" });
    expect(env.janus.sessions.size).toBe(0);
  });

  it("mute and camera off take the track off the publisher's sender; unmute puts it back", async () => {
    const env = setup();
    await joined(env);
    const senders = publisherPc(env).transceivers.map((transceiver) => transceiver.sender);
    const [audio, video] = senders.map((sender) => sender.track);
    env.manager.setMuted(true);
    await settleAll();
    expect(senders[0]?.track).toBeNull();
    expect(senders[1]?.track).toBe(video);
    env.manager.setMuted(false);
    await env.manager.setCameraOff(true);
    await settleAll();
    expect(senders[0]?.track).toBe(audio);
    expect(senders[1]?.track).toBeNull();
    await env.manager.setCameraOff(false);
    await settleAll();
    expect(senders[1]?.track?.kind).toBe("video");
    expect(requests(env, "configure")).toHaveLength(1);
  });

  it("trickles the subscriber's candidates to Janus and takes the ones Janus trickles", async () => {
    const env = setup();
    await joined(env);
    const [subscription] = [...env.room.subscriptions.values()];
    const handle = subscription?.handle;
    env.pcs[1]?.gatherCandidate("candidate:sub");
    handle?.session.queue({
      janus: "trickle",
      session_id: handle.session.id,
      sender: handle.id,
      candidate: { candidate: "candidate:janus", sdpMid: "0", sdpMLineIndex: 0 },
    });
    await settleAll();
    expect(env.room.trickles).toContainEqual({ handleId: handle?.id, candidate: { candidate: "candidate:sub", sdpMid: "0", sdpMLineIndex: 0 } });
    expect(env.pcs[1]?.candidatesAdded).toEqual([{ candidate: "candidate:janus", sdpMid: "0", sdpMLineIndex: 0 }]);
  });

  it("ends the call here as lost when the Janus session is gone, and leaves it on the server", async () => {
    const env = setup();
    await joined(env);
    publisherPc(env).setIceState("connected");
    const [sessionId] = [...env.janus.sessions.keys()];
    env.janus.dropSession(sessionId ?? 0);
    await settleAll();
    const snapshot = env.manager.snapshot();
    expect(snapshot.current).toBeNull();
    expect(snapshot.lastEnded).toEqual({ callId: 9, reason: "lost" });
    expect(env.link.actions).toContainEqual({ action: "call:leave", callId: 9 });
    expect(env.pcs.every((pc) => pc.closed)).toBe(true);
    expect(env.media.opened.every((track) => track.readyState === "ended")).toBe(true);
  });

  it("ends the call as lost when Janus hangs up the publisher's connection", async () => {
    const env = setup();
    await joined(env);
    publisherPc(env).setIceState("connected");
    const handle = [...env.room.publishers.values()].find((publisher) => publisher.id === ME)?.handle;
    handle?.session.queue({ janus: "hangup", session_id: handle.session.id, sender: handle.id, reason: "DTLS alert" });
    await settleAll();
    expect(env.manager.snapshot().lastEnded).toEqual({ callId: 9, reason: "lost" });
  });

  it("ends the call as lost when publishing does not connect within the deadline", async () => {
    const env = setup({ connectDeadlineMs: 60 });
    await joined(env);
    for (let waited = 0; env.manager.snapshot().current && waited < 1000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(env.manager.snapshot().lastEnded).toEqual({ callId: 9, reason: "lost" });
  });

  it("goes on after a few failed long polls", async () => {
    const env = setup();
    env.janus.failPolls = 2;
    await joined(env);
    expect(env.janus.polls).toBeGreaterThanOrEqual(3);
    expect(requests(env, "start")).toHaveLength(1);
    expect(env.manager.snapshot().current?.call.id).toBe(9);
  });

  it("sends the core token with every Janus request", async () => {
    const env = setup();
    await joined(env);
    await env.manager.leave();
    await settleAll();
    for (const request of env.janus.requests) {
      if (request.method === "GET") expect(new URL(request.url).searchParams.get("token")).toBe("core-token");
      else expect(request.body?.token).toBe("core-token");
    }
  });

  it("leaving detaches both handles, destroys the session and leaves the call on the server", async () => {
    const env = setup();
    await joined(env);
    await env.manager.leave();
    await settleAll();
    const posts = env.janus.requests.filter((request) => request.method === "POST").map((request) => request.body?.janus);
    expect(posts.slice(-3)).toEqual(["detach", "detach", "destroy"]);
    expect(env.janus.sessions.size).toBe(0);
    expect(env.room.publishers.has(ME)).toBe(false);
    expect(env.link.actions).toContainEqual({ action: "call:leave", callId: 9 });
    expect(env.pcs.every((pc) => pc.closed)).toBe(true);
  });

  it("uses the mesh when the ack has no sfu", async () => {
    const env = setup();
    env.link.sfu = undefined;
    env.manager.updated(callJson({ id: 9, conversation: { group_id: 3 }, state: "active", caller_id: 2, participants: [2] }));
    env.link.answer = () => callJson({ id: 9, conversation: { group_id: 3 }, state: "active", caller_id: 2, participants: [2, ME] });
    await env.manager.join(9);
    await settleAll();
    expect(env.janus.requests).toEqual([]);
    expect(env.link.signals.map((signal) => signal.signal.type)).toEqual(["offer"]);
  });
});
