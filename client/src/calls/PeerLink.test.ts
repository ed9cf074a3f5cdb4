import type { CallSignalJson } from "@chat-app/protocol";
import { FakePeerConnection, FakeStream, FakeTrack, settleAll } from "./call-fakes";
import { callStats } from "./call-stats";
import { IceConfig } from "./ice-config";
import { DEFAULT_PEER_TIMINGS, PeerLink } from "./PeerLink";

/** A link as one side of a call makes it, its signals kept for the test to deliver. */
function link(polite: boolean, offerer: boolean) {
  const pc = new FakePeerConnection({});
  const sent: CallSignalJson[] = [];
  const local = new FakeStream([new FakeTrack("audio")]);
  const peer = new PeerLink(pc as unknown as RTCPeerConnection, {
    remoteUserId: 0,
    polite,
    offerer,
    kinds: ["audio"],
    outgoing: () => local.getAudioTracks()[0] as unknown as MediaStreamTrack,
    localStream: local as unknown as MediaStream,
    createStream: (tracks) => new FakeStream(tracks as unknown as FakeTrack[]) as unknown as MediaStream,
    send: (signal) => sent.push(signal),
    changed: () => undefined,
    gaveUp: () => undefined,
    timings: DEFAULT_PEER_TIMINGS,
  });
  return { pc, peer, sent };
}

async function deliver(from: { sent: CallSignalJson[] }, to: { peer: PeerLink }): Promise<void> {
  for (const signal of from.sent.splice(0)) await to.peer.handle(signal);
}

describe("PeerLink", () => {
  const links: PeerLink[] = [];
  afterEach(() => links.splice(0).forEach((peer) => peer.close()));

  it("settles an offer collision: the impolite side's offer wins, the polite one answers it", async () => {
    const impolite = link(false, true);
    const polite = link(true, true);
    links.push(impolite.peer, polite.peer);
    await settleAll();
    const [impoliteOffer] = impolite.sent.splice(0);
    const [politeOffer] = polite.sent.splice(0);
    expect([impoliteOffer?.type, politeOffer?.type]).toEqual(["offer", "offer"]);
    // Both offers cross on the wire: the impolite side ignores the other, the polite side gives way.
    await impolite.peer.handle(politeOffer!);
    await polite.peer.handle(impoliteOffer!);
    expect(polite.sent.map((signal) => signal.type)).toEqual(["answer"]);
    await deliver(polite, impolite);
    expect(polite.pc.applied).toEqual(["offer"]);
    expect(impolite.pc.applied).toEqual(["answer"]);
    expect([impolite.pc.signalingState, polite.pc.signalingState]).toEqual(["stable", "stable"]);
  });

  it("the answering side sends nothing before the first offer, then answers on the offer's transceivers", async () => {
    const offerer = link(false, true);
    const answerer = link(true, false);
    links.push(offerer.peer, answerer.peer);
    await settleAll();
    expect(answerer.sent).toEqual([]);
    await deliver(offerer, answerer);
    expect(answerer.sent.map((signal) => signal.type)).toEqual(["answer"]);
    expect(answerer.pc.transceivers.map((t) => [t.direction, t.sender.track?.kind])).toEqual([["sendrecv", "audio"]]);
  });
});

describe("callStats", () => {
  it("sums what came in and reads the round trip of the selected candidate pair", async () => {
    const reports = new Map<string, Record<string, unknown>>([
      ["a", { id: "a", type: "inbound-rtp", kind: "audio", bytesReceived: 100 }],
      ["v", { id: "v", type: "inbound-rtp", kind: "video", bytesReceived: 2000, framesDecoded: 30 }],
      ["t", { id: "t", type: "transport", selectedCandidatePairId: "p2" }],
      ["p1", { id: "p1", type: "candidate-pair", currentRoundTripTime: 0.5 }],
      ["p2", { id: "p2", type: "candidate-pair", currentRoundTripTime: 0.042 }],
    ]);
    const stats = await callStats({ getStats: () => Promise.resolve(reports as unknown as RTCStatsReport) });
    expect(stats).toEqual({ audioBytesReceived: 100, videoBytesReceived: 2000, framesDecoded: 30, roundTripTimeMs: 42 });
  });
});

describe("IceConfig", () => {
  it("keeps the servers for their lifetime, takes a relay-only policy when told, and goes on without servers when the fetch fails", async () => {
    let now = 0;
    let fetched = 0;
    const config = new IceConfig(
      () => {
        fetched += 1;
        if (fetched === 3) return Promise.reject(new Error("offline"));
        return Promise.resolve({ ice_servers: [{ urls: ["turn:t"], username: "u", credential: "c" }], ttl_s: 100, ice_transport_policy: "relay" });
      },
      () => now,
    );
    expect(await config.get()).toEqual({ iceServers: [{ urls: ["turn:t"], username: "u", credential: "c" }], iceTransportPolicy: "relay" });
    now = 80_000;
    await config.get();
    expect(fetched).toBe(1);
    now = 95_000;
    await config.get();
    expect(fetched).toBe(2);
    now = 200_000;
    expect(await config.get()).toEqual({ iceServers: [] });
  });
});
