/**
 * The videoroom plugin as FakeJanus runs it, answering as janus_videoroom.c (1.x) does: publisher
 * `join` → `joined` with the active publishers and a `private_id`; `configure` with an offer →
 * `configured` and an answer, then a `publishers` event to the others; a multistream subscriber
 * `join` → `attached` with the `streams` list and an offer; `start` with the answer → `started`;
 * `subscribe`/`unsubscribe` → `updated` with a new offer, or `updating` (the offer postponed until
 * the previous one is answered); a publisher leaving → `unpublished` and `leaving` to the others and
 * (autoupdate) a new offer to the subscriptions that carried it. Errors are events with `error_code`.
 * An SDP here is as in call-fakes: a subscription's offer is "kind:mid[:inactive],…".
 */
import type { FakeJanusHandle } from "./fake-janus";
import type { JanusJsep, VideoroomData } from "./janus-types";

interface Publisher {
  id: number;
  display: string;
  /** Null for a publisher the test simulates (someone in another browser). */
  handle: FakeJanusHandle | null;
  streams: { type: string; mid: string }[];
  published: boolean;
}

interface SubscriptionStream {
  mid: string;
  type: string;
  feed: number | null;
  feedMid: string;
}

interface Subscription {
  handle: FakeJanusHandle;
  streams: SubscriptionStream[];
  answered: boolean;
  pendingOffer: boolean;
  nextMid: number;
}

export const PRIVATE_ID = 4242;

export class FakeVideoroom {
  readonly publishers = new Map<number, Publisher>();
  readonly subscriptions = new Map<FakeJanusHandle, Subscription>();
  readonly trickles: { handleId: number; candidate: unknown }[] = [];
  /** Every plugin request body, in order, with the jsep it came with. */
  readonly messages: { handleId: number; body: Record<string, unknown>; jsep?: JanusJsep }[] = [];
  /** How many times a subscription's offer was postponed (`updating`). */
  postponed = 0;
  /** Called with each plugin request before it is handled (a test's chance to change the room first); "drop": no answer at all. */
  beforeMessage: (body: Record<string, unknown>) => "drop" | undefined = () => undefined;

  constructor(
    readonly room: number,
    readonly roomToken: string,
  ) {}

  /** Someone else starts publishing (their PeerConnection with Janus is up). */
  addRemotePublisher(id: number, kinds: readonly string[] = ["audio", "video"]): void {
    const publisher: Publisher = { id, display: String(id), handle: null, streams: [], published: false };
    this.publishers.set(id, publisher);
    this.publish(publisher, kinds);
  }

  /** Someone else's handle goes (they left, or their tab closed). */
  removeRemotePublisher(id: number): void {
    const publisher = this.publishers.get(id);
    if (publisher) this.leave(publisher);
  }

  message(handle: FakeJanusHandle, body: Record<string, unknown>, jsep: JanusJsep | undefined, transaction: string | undefined): void {
    this.messages.push({ handleId: handle.id, body, jsep });
    if (this.beforeMessage(body) === "drop") return;
    const reply = (data: VideoroomData, answerJsep?: JanusJsep) => handle.push(data, answerJsep, transaction);
    const fail = (code: number, error: string) => reply({ videoroom: "event", error_code: code, error });
    const request = body.request;
    if (request === "join") return this.join(handle, body, reply, fail);
    const publisher = [...this.publishers.values()].find((each) => each.handle === handle);
    const subscription = this.subscriptions.get(handle);
    if (publisher) {
      if (request !== "configure" && request !== "publish") return fail(499, `Unknown request '${String(request)}'`);
      if (jsep?.type !== "offer") return fail(499, "Missing offer");
      const first = !publisher.published;
      if (first) this.publish(publisher, jsep.sdp.split(",").filter(Boolean), false);
      reply({ videoroom: "event", room: this.room, configured: "ok" }, { type: "answer", sdp: jsep.sdp });
      if (first) this.announce(publisher);
      return;
    }
    if (!subscription) return fail(424, "Not joined");
    switch (request) {
      case "start":
        if (jsep?.type !== "answer") return fail(499, "Missing answer");
        subscription.answered = true;
        reply({ videoroom: "event", room: this.room, started: "ok" });
        if (subscription.pendingOffer) this.offer(subscription);
        return;
      case "configure":
        if (body.restart !== true) return reply({ videoroom: "event", room: this.room, configured: "ok" });
        subscription.answered = false;
        return reply({ videoroom: "event", room: this.room, configured: "ok" }, this.offerOf(subscription));
      case "subscribe":
      case "unsubscribe": {
        const feeds = streamFeeds(body);
        if (request === "subscribe") {
          const missing = feeds.find((feed) => !this.publishers.get(feed)?.published);
          if (missing !== undefined) return fail(428, `No such feed (${missing})`);
        }
        const changed = request === "subscribe" ? this.addStreams(subscription, feeds) : this.dropStreams(subscription, feeds);
        if (!changed) return reply({ videoroom: "updated", room: this.room });
        return this.offer(subscription, reply);
      }
      default:
        return fail(499, `Unknown request '${String(request)}'`);
    }
  }

  trickled(handle: FakeJanusHandle, candidate: unknown): void {
    this.trickles.push({ handleId: handle.id, candidate });
  }

  detached(handle: FakeJanusHandle): void {
    this.subscriptions.delete(handle);
    const publisher = [...this.publishers.values()].find((each) => each.handle === handle);
    if (publisher) this.leave(publisher);
  }

  private join(
    handle: FakeJanusHandle,
    body: Record<string, unknown>,
    reply: (data: VideoroomData, jsep?: JanusJsep) => void,
    fail: (code: number, error: string) => void,
  ): void {
    if (handle.ptype) return fail(425, "Already in as a participant on this handle");
    if (body.room !== this.room) return fail(426, `No such room (${String(body.room)})`);
    if (body.ptype === "publisher") {
      if (body.token !== this.roomToken) return fail(433, "Unauthorized (not in the allowed list)");
      const id = typeof body.id === "number" ? body.id : 0;
      if (this.publishers.has(id)) return fail(436, `User ID ${id} already exists`);
      handle.ptype = "publisher";
      this.publishers.set(id, { id, display: typeof body.display === "string" ? body.display : "", handle, streams: [], published: false });
      const others = [...this.publishers.values()].filter((each) => each.published && each.id !== id).map(describe);
      return reply({ videoroom: "joined", room: this.room, id, private_id: PRIVATE_ID, publishers: others });
    }
    if (body.ptype !== "subscriber") return fail(499, "Invalid element (ptype)");
    const feeds = streamFeeds(body);
    if (feeds.length === 0) return fail(429, "At least one between 'streams' and 'feed' must be specified");
    const missing = feeds.find((feed) => !this.publishers.get(feed)?.published);
    if (missing !== undefined) return fail(428, `No such feed (${missing})`);
    handle.ptype = "subscriber";
    const subscription: Subscription = { handle, streams: [], answered: false, pendingOffer: false, nextMid: 0 };
    this.subscriptions.set(handle, subscription);
    this.addStreams(subscription, feeds);
    reply({ videoroom: "attached", room: this.room, streams: summary(subscription) }, this.offerOf(subscription));
  }

  private publish(publisher: Publisher, kinds: readonly string[], announce = true): void {
    publisher.streams = kinds.map((type, index) => ({ type, mid: String(index) }));
    publisher.published = true;
    if (announce) this.announce(publisher);
  }

  private announce(publisher: Publisher): void {
    for (const other of this.publishers.values()) {
      if (other !== publisher) other.handle?.push({ videoroom: "event", room: this.room, publishers: [describe(publisher)] });
    }
  }

  private leave(publisher: Publisher): void {
    this.publishers.delete(publisher.id);
    for (const other of this.publishers.values()) {
      if (publisher.published) other.handle?.push({ videoroom: "event", room: this.room, unpublished: publisher.id });
      other.handle?.push({ videoroom: "event", room: this.room, leaving: publisher.id });
    }
    for (const subscription of this.subscriptions.values()) {
      if (this.dropStreams(subscription, [publisher.id])) this.offer(subscription);
    }
  }

  private addStreams(subscription: Subscription, feeds: number[]): boolean {
    for (const feed of feeds) {
      for (const stream of this.publishers.get(feed)?.streams ?? []) {
        subscription.streams.push({ mid: String(subscription.nextMid++), type: stream.type, feed, feedMid: stream.mid });
      }
    }
    return feeds.length > 0;
  }

  private dropStreams(subscription: Subscription, feeds: number[]): boolean {
    let changed = false;
    for (const stream of subscription.streams) {
      if (stream.feed !== null && feeds.includes(stream.feed)) {
        stream.feed = null;
        changed = true;
      }
    }
    return changed;
  }

  /** A new offer (`updated`), or `updating` while the previous offer is still unanswered. */
  private offer(subscription: Subscription, reply?: (data: VideoroomData, jsep?: JanusJsep) => void): void {
    const send = reply ?? ((data: VideoroomData, jsep?: JanusJsep) => subscription.handle.push(data, jsep));
    if (!subscription.answered) {
      subscription.pendingOffer = true;
      if (reply) {
        this.postponed += 1;
        reply({ videoroom: "updating", room: this.room });
      }
      return;
    }
    subscription.pendingOffer = false;
    subscription.answered = false;
    send({ videoroom: "updated", room: this.room, streams: summary(subscription) }, this.offerOf(subscription));
  }

  private offerOf(subscription: Subscription): JanusJsep {
    const sdp = subscription.streams.map((stream) => `${stream.type}:${stream.mid}${stream.feed === null ? ":inactive" : ""}`).join(",");
    return { type: "offer", sdp };
  }
}

function describe(publisher: Publisher): { id: number; display: string; streams: { type: string; mid: string }[] } {
  return { id: publisher.id, display: publisher.display, streams: publisher.streams };
}

function summary(subscription: Subscription): NonNullable<VideoroomData["streams"]> {
  return subscription.streams.map((stream, mindex) => ({
    mindex,
    mid: stream.mid,
    type: stream.type,
    active: stream.feed !== null,
    ...(stream.feed === null ? {} : { feed_id: stream.feed, feed_mid: stream.feedMid, send: true, ready: false }),
  }));
}

function streamFeeds(body: Record<string, unknown>): number[] {
  const streams = Array.isArray(body.streams) ? (body.streams as { feed?: unknown }[]) : [];
  return streams.map((stream) => stream.feed).filter((feed): feed is number => typeof feed === "number");
}
