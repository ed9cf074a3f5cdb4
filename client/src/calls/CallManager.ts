import type { CallJson, CallMedia, CallSignalRelayJson } from "@chat-app/protocol";
import { ApiError } from "../api";
import { Emitter } from "../emitter";
import { ActiveCall } from "./ActiveCall";
import { browserCallEnvironment, type CallEnvironment } from "./call-environment";
import type { CallEntry, CallIdAction, CallLink } from "./call-link";
import { isGroupCall, joinable, ringsForMe } from "./call-roles";
import { callSnapshot } from "./call-snapshot";
import type { CallEndedView, CallsSnapshot } from "./call-types";
import { IceConfig } from "./ice-config";
import type { InCall } from "./in-call";
import { type JanusTimings } from "./janus/JanusSession";
import { MediaSession } from "./MediaSession";
import { DEFAULT_PEER_TIMINGS, type PeerTimings } from "./PeerLink";

export type CallTarget = { userId: number } | { groupId: number };

export interface CallManagerOptions {
  selfId: number;
  link: CallLink;
  /** The browser's media and WebRTC by default. */
  env?: CallEnvironment;
  timings?: Partial<PeerTimings>;
  /** An SFU call's keepalive and long-poll retries (Janus's defaults otherwise). */
  janusTimings?: Partial<JanusTimings>;
}

/** Signals for a call this tab is still entering (its ack not read yet), kept at most this many. */
const MAX_EARLY_SIGNALS = 200;

/**
 * The calls part of the client (`client.calls`): what rings, the call this tab is in (at most one)
 * and the group calls it could join, kept from the server's `call:*` events (and `GET
 * /api/calls/active` on every connect). Every change emits `changed`; `snapshot()` is a new
 * immutable object after each one (for `useSyncExternalStore`).
 *
 * Refusals reject the action's promise with the server's ApiError; a refused `start` (busy above
 * all) is also kept in `snapshot().lastEnded`, so a UI may show it without catching.
 */
export class CallManager extends Emitter<{ changed: [] }> {
  private readonly incomingCalls = new Map<number, CallJson>();
  private readonly groupLive = new Map<number, CallJson>();
  /** Group calls this tab declined: they stay out of `incoming` when `call:active` lists them again. */
  private readonly declined = new Set<number>();
  private active: InCall | null = null;
  /** Set between asking to start, accept or join and the answer: a second one is refused. */
  private entering: { callId: number | null; early: CallSignalRelayJson[] } | null = null;
  private ended: CallEndedView | null = null;
  private closed = false;
  private cached: CallsSnapshot | null = null;
  private readonly env: CallEnvironment;
  private readonly ice: IceConfig;
  private readonly timings: PeerTimings;

  constructor(private readonly options: CallManagerOptions) {
    super();
    this.env = options.env ?? browserCallEnvironment();
    this.ice = new IceConfig(() => options.link.iceServers());
    this.timings = { ...DEFAULT_PEER_TIMINGS, ...options.timings };
  }

  snapshot(): CallsSnapshot {
    this.cached ??= callSnapshot(this.incomingCalls, this.groupLive, this.active, this.ended, this.entering !== null);
    return this.cached;
  }

  /** Each other participant's RTCPeerConnection (diagnostics, tests, `callStats`). */
  peerConnections(): Map<number, RTCPeerConnection> {
    return this.active?.peerConnections() ?? new Map<number, RTCPeerConnection>();
  }

  /** Rings a person, or starts a group call; the devices are opened first (the permission prompt). */
  async start(target: CallTarget, media: CallMedia): Promise<CallJson> {
    const payload = "userId" in target ? { user_id: target.userId, media } : { group_id: target.groupId, media };
    try {
      return await this.enter(null, media, () => this.options.link.start(payload));
    } catch (error) {
      if (error instanceof ApiError) {
        this.ended = { callId: null, reason: error.status === 409 && error.message.startsWith("busy") ? "busy" : "failed", message: error.message };
        this.changed();
      }
      throw error;
    }
  }

  /** Answers a ringing call in this tab (a group call: joins it). */
  accept(callId: number): Promise<CallJson> {
    const call = this.incomingCalls.get(callId) ?? this.groupLive.get(callId);
    if (!call) return Promise.reject(new Error("That call is not ringing here"));
    return this.enter(callId, call.media, () => this.options.link.act(isGroupCall(call) ? "call:join" : "call:accept", callId));
  }

  /** Joins a live group call (from the "Join call" banner). */
  join(callId: number): Promise<CallJson> {
    return this.accept(callId);
  }

  /** Stops it ringing (a direct call ends as declined; a group call goes on without me, joinable). */
  async decline(callId: number): Promise<void> {
    const call = this.incomingCalls.get(callId);
    this.incomingCalls.delete(callId);
    if (call && isGroupCall(call)) {
      this.declined.add(callId);
      this.groupLive.set(callId, call);
    }
    this.changed();
    await this.options.link.act("call:decline", callId).catch(ignoreEnded);
  }

  /** Leaves the call this tab is in (a direct call ends for both; a group goes on without me). */
  leave(): Promise<void> {
    return this.quit("call:leave");
  }

  /** Ends the call this tab is in: cancels it while it rings, hangs up once answered (a group: leaves). */
  hangUp(): Promise<void> {
    return this.quit("call:hangup");
  }

  setMuted(muted: boolean): void {
    this.active?.media.setMuted(muted);
  }

  async setCameraOff(off: boolean): Promise<void> {
    await this.active?.media.setCameraOff(off);
  }

  async switchCamera(): Promise<void> {
    await this.active?.media.switchCamera();
  }

  /** Video calls only (`canShareScreen`); rejects when the person cancels the browser's picker. */
  async startScreenShare(): Promise<void> {
    await this.active?.media.startScreenShare();
  }

  stopScreenShare(): void {
    this.active?.media.stopScreenShare();
  }

  /** `call:ringing`. */
  ringing(call: CallJson): void {
    if (!ringsForMe(call, this.options.selfId) || this.active?.call.id === call.id) return;
    this.incomingCalls.set(call.id, call);
    this.groupLive.delete(call.id);
    this.changed();
  }

  /** `call:updated`. */
  updated(call: CallJson): void {
    if (this.active?.call.id === call.id) return this.active.update(call);
    if (this.incomingCalls.has(call.id) && !this.stillRingingHere(call)) this.incomingCalls.delete(call.id);
    else if (this.incomingCalls.has(call.id)) this.incomingCalls.set(call.id, call);
    this.keepJoinable(call);
    this.changed();
  }

  /** `call:ended`. */
  endedEvent(call: CallJson): void {
    this.incomingCalls.delete(call.id);
    this.groupLive.delete(call.id);
    this.declined.delete(call.id);
    const mine = this.active?.call.id === call.id || this.ended?.callId === call.id;
    if (this.active?.call.id === call.id) this.teardown();
    if (mine) this.ended = { callId: call.id, reason: call.end_reason ?? "hangup" };
    this.changed();
  }

  /** `call:signal`. */
  signal(relay: CallSignalRelayJson): void {
    if (this.active?.call.id === relay.call_id) return this.active.signal(relay.from_user_id, relay.signal);
    const entering = this.entering;
    if (entering && (entering.callId === null || entering.callId === relay.call_id) && entering.early.length < MAX_EARLY_SIGNALS) {
      entering.early.push(relay);
    }
  }

  /** Connected (first time or again): what rings and what is live, from the server. */
  async connected(): Promise<void> {
    const { calls } = await this.options.link.activeCalls();
    this.incomingCalls.clear();
    this.groupLive.clear();
    for (const call of calls) {
      if (call.id === this.active?.call.id) continue;
      if (ringsForMe(call, this.options.selfId) && !this.declined.has(call.id)) this.incomingCalls.set(call.id, call);
      else this.keepJoinable(call);
    }
    this.changed();
  }

  /**
   * The socket dropped: the server takes this connection out of its call (a direct call ends), so
   * the call is over here too; the media links would not be renegotiated without signalling anyway.
   */
  disconnected(): void {
    if (!this.active) return;
    this.ended = { callId: this.active.call.id, reason: "lost" };
    this.teardown();
    this.changed();
  }

  /** The client is closing: the call here ends (the server hears of it when the socket closes). */
  close(): void {
    this.closed = true;
    this.teardown();
  }

  private async enter(callId: number | null, media: CallMedia, ask: () => Promise<CallEntry>): Promise<CallJson> {
    if (this.active || this.entering || this.closed) throw new Error(this.closed ? "The client was closed" : "Already in a call");
    const entering: { callId: number | null; early: CallSignalRelayJson[] } = { callId, early: [] };
    this.entering = entering;
    if (callId !== null) this.incomingCalls.delete(callId);
    this.changed();
    const session = new MediaSession(
      this.env,
      media,
      (kind, track) => this.active?.replaceTrack(kind, track),
      () => this.changed(),
    );
    try {
      const [config] = await Promise.all([this.ice.get(), session.acquire()]);
      const { call, sfu } = await ask();
      // The SFU's part is a chunk of its own (only group calls through Janus need it); signals that
      // come while it loads wait in `entering.early` like any that beat the answer.
      const sfuCall = sfu ? await this.sfuModule(call) : null;
      if (this.closed) throw new Error("The client was closed");
      this.groupLive.delete(call.id);
      this.ended = null;
      const shared = {
        selfId: this.options.selfId,
        media: session,
        config,
        env: this.env,
        timings: this.timings,
        changed: () => this.changed(),
        lost: () => this.lost(),
      };
      this.active =
        sfu && sfuCall
          ? new sfuCall.SfuCall(call, { ...shared, access: sfu, fetch: this.janusFetch(), janusTimings: this.options.janusTimings })
          : new ActiveCall(call, { ...shared, link: this.options.link });
      for (const relay of entering.early) if (relay.call_id === call.id) this.active.signal(relay.from_user_id, relay.signal);
      return call;
    } catch (error) {
      session.stop();
      throw error;
    } finally {
      this.entering = null;
      this.changed();
    }
  }

  private async quit(action: CallIdAction): Promise<void> {
    const active = this.active;
    if (!active) return;
    this.ended = { callId: active.call.id, reason: active.call.state === "ringing" ? "cancelled" : "hangup" };
    this.teardown();
    this.changed();
    await this.options.link.act(isGroupCall(active.call) ? "call:leave" : action, active.call.id).catch(ignoreEnded);
  }

  private lost(): void {
    const active = this.active;
    if (!active) return;
    this.ended = { callId: active.call.id, reason: "lost" };
    this.teardown();
    this.changed();
    this.options.link.act(isGroupCall(active.call) ? "call:leave" : "call:hangup", active.call.id).catch(() => undefined);
  }

  /** The SFU's code; if it cannot be fetched, the person is taken out of the call they just entered. */
  private async sfuModule(call: CallJson): Promise<typeof import("./janus/SfuCall.js")> {
    try {
      return await import("./janus/SfuCall.js");
    } catch (error) {
      this.options.link.act(isGroupCall(call) ? "call:leave" : "call:hangup", call.id).catch(() => undefined);
      throw error;
    }
  }

  private janusFetch(): (url: string, init: RequestInit) => Promise<Response> {
    return this.env.fetch?.bind(this.env) ?? ((url, init) => globalThis.fetch(url, init));
  }

  private teardown(): void {
    this.active?.close();
    this.active = null;
  }

  /**
   * Whether a ringing call still rings in this tab after an update: not once it was answered (a
   * direct call: by another of my tabs, the only one who can; a group: by anyone, after which it
   * is a "Join call" banner). A group call that is still ringing is updated for a member only when
   * one of their tabs declined it.
   */
  private stillRingingHere(call: CallJson): boolean {
    if (call.state !== "ringing" || call.answered_connection !== undefined) return false;
    if (!isGroupCall(call)) return true;
    this.declined.add(call.id);
    return false;
  }

  private keepJoinable(call: CallJson): void {
    if (joinable(call, this.options.selfId) && !this.incomingCalls.has(call.id) && this.active?.call.id !== call.id)
      this.groupLive.set(call.id, call);
    else this.groupLive.delete(call.id);
  }

  private changed(): void {
    this.cached = null;
    this.emit("changed");
  }
}

/** The call ended meanwhile (409) or is gone (404): nothing left to undo. */
function ignoreEnded(error: unknown): void {
  if (error instanceof ApiError && (error.status === 409 || error.status === 404)) return;
  throw error;
}
