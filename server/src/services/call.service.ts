import type { CallJson, CallMedia, CallSignalJson, SfuAccessJson } from "@chat-app/protocol";
import { type CallRooms, RoomsUnavailableError } from "../calls/call-rooms";
import { callLock, personLock } from "../db/call-locks";
import type { CallQueries, CallRow, ParticipantRow } from "../db/call-queries";
import { badRequest, conflict, forbidden, HttpError, notFound, serviceUnavailable } from "../errors";
import type { CallEvents } from "./call-events";
import { toCallJson } from "./call-json";
import { callNoticeOf, type CallNotices } from "./call-notices";
import type { GroupService } from "./group.service";
import type { BlockService } from "./block.service";
import type { UserService } from "./user.service";

export interface CallSettings {
  ringTimeoutMs: number;
  /** How often ringing calls past their deadline are looked for (those of a process that died). */
  sweepIntervalMs: number;
}

/** Mesh: every participant sends to every other, so a mesh call stays small; an SFU call's limit is its rooms'. */
export const MESH_LIMIT = 4;

/** What puts a connection in a call: an SFU call's also says how that connection reaches its room. */
export interface CallEntered {
  call: CallJson;
  sfu?: SfuAccessJson;
}

const SFU_UNAVAILABLE = "Group calls are unavailable right now";

/** Exactly one of `user_id` and `group_id` (the schema checked). */
type Start = { user_id?: number; group_id?: number; media: CallMedia };
type EndReason = "missed" | "declined" | "hangup" | "cancelled";

/**
 * The call state machine: ringing → active → ended, or ringing → ended (missed, declined,
 * cancelled). State lives in the database and every transition is a conditional UPDATE, so two tabs
 * or two processes racing get one winner; the loser is told 409. Media never passes through here:
 * signals are relayed between participants only, once both are in the call (a direct call's caller
 * sends its offer after the accept).
 */
export class CallService {
  private readonly ringTimers = new Map<number, NodeJS.Timeout>();
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly calls: CallQueries,
    private readonly notices: CallNotices,
    private readonly groups: GroupService,
    private readonly users: UserService,
    private readonly blocks: Pick<BlockService, "requireCanCall">,
    private readonly events: CallEvents,
    private readonly settings: CallSettings,
    private readonly log: (error: unknown) => void,
    private readonly clock: () => number = Date.now,
    /** Janus's videoroom when JANUS_URL is set: group calls started then go through it ("sfu"). */
    private readonly rooms?: CallRooms,
  ) {}

  /** Ends calls left ringing past their deadline now and then on an interval. */
  startSweeping(): void {
    this.sweep().catch(this.log);
    this.sweepTimer = setInterval(() => void this.sweep().catch(this.log), this.settings.sweepIntervalMs);
    this.sweepTimer.unref();
  }

  stop(): void {
    clearInterval(this.sweepTimer);
    for (const timer of this.ringTimers.values()) clearTimeout(timer);
    this.ringTimers.clear();
  }

  async start(userId: number, connectionId: string, input: Start): Promise<CallEntered> {
    const now = this.clock();
    let recipients: number[];
    if (input.group_id !== undefined) {
      recipients = (await this.groups.memberIdsFor(userId, input.group_id)).filter((id) => id !== userId);
    } else {
      if (input.user_id === undefined) throw badRequest("user_id or group_id is required");
      if (input.user_id === userId) throw badRequest("You cannot call yourself");
      if (!(await this.users.findById(input.user_id))) throw notFound("User not found");
      await this.blocks.requireCanCall(userId, input.user_id);
      recipients = [input.user_id];
    }
    // Both people stay locked from the busy check to the caller's participant row: two tabs or two
    // processes starting calls to or from the same person at once get one call and one "busy".
    const people = input.user_id === undefined ? [userId] : [userId, input.user_id];
    const topology = input.group_id !== undefined && this.rooms ? "sfu" : "mesh";
    let sfu: SfuAccessJson | undefined;
    const callId = await this.calls.locks.run(people.map(personLock), async (runner) => {
      const id = await this.calls.insert(
        {
          callerId: userId,
          receiverId: input.user_id ?? null,
          groupId: input.group_id ?? null,
          media: input.media,
          topology,
          startedAt: now,
          ringDeadline: now + this.settings.ringTimeoutMs,
        },
        runner,
      );
      if (id === null) return null;
      await this.calls.addParticipant(id, userId, connectionId, now, runner);
      // Still locked (on PostgreSQL uncommitted): without its room the call is taken back before anyone can see it.
      if (topology === "sfu") sfu = await this.admit(id, userId, connectionId, () => this.calls.discard(id, runner));
      return id;
    });
    if (callId === null) throw await this.busy(userId, input);
    this.ringTimers.set(
      callId,
      setTimeout(() => void this.expire(callId).catch(this.log), this.settings.ringTimeoutMs),
    );
    const { call, participants } = await this.load(callId);
    this.events.ringing((reader) => toCallJson(call, participants, reader), recipients);
    this.events.updated((reader) => toCallJson(call, participants, reader), [userId]);
    return entered(toCallJson(call, participants, userId), sfu);
  }

  /** The callee of a direct call, on one of their connections: that connection is the one in the call. */
  async accept(userId: number, connectionId: string, callId: number): Promise<CallJson> {
    const call = await this.visible(userId, callId);
    if (call.group_id !== null) throw badRequest("A group call is joined (call:join)");
    if (Number(call.receiver_id) !== userId) throw forbidden("Only the person called can accept");
    // Locked so the callee is never free between "no longer ringing" and "a participant" (a third caller would get through).
    const answered = await this.calls.locks.run([personLock(userId)], async (runner) => {
      if (!(await this.calls.markAnswered(callId, this.clock(), runner))) return false;
      await this.calls.addParticipant(callId, userId, connectionId, this.clock(), runner);
      return true;
    });
    if (!answered) throw conflict("The call is no longer ringing");
    this.clearRing(callId);
    return this.announce(callId, userId, connectionId);
  }

  async decline(userId: number, callId: number): Promise<CallJson> {
    const call = await this.visible(userId, callId);
    if (call.group_id !== null) {
      // A group call goes on: declining only stops it ringing in the member's other tabs.
      const { call: current, participants } = await this.load(callId);
      this.events.updated((reader) => toCallJson(current, participants, reader), [userId]);
      return toCallJson(current, participants, userId);
    }
    if (Number(call.receiver_id) !== userId) throw forbidden("Only the person called can decline");
    return this.end(call, userId, "declined", "ringing");
  }

  async join(userId: number, connectionId: string, callId: number): Promise<CallEntered> {
    const call = await this.visible(userId, callId);
    if (call.group_id === null) throw badRequest("A direct call is accepted (call:accept)");
    if (call.state === "ended") throw conflict("The call has ended");
    const limit = call.topology === "sfu" ? this.rooms?.limit : MESH_LIMIT;
    // An SFU call on a server whose JANUS_URL has since gone: there is no room to let anyone into.
    if (limit === undefined) throw serviceUnavailable(SFU_UNAVAILABLE);
    let sfu: SfuAccessJson | undefined;
    // The call's lock keeps two joiners from both taking the last place; the person's, from joining two calls at once.
    const answered = await this.calls.locks.run([callLock(callId), personLock(userId)], async (runner) => {
      const participants = await this.calls.participants(callId, runner);
      if (participants.some((participant) => Number(participant.user_id) === userId)) throw conflict("You are in this call already");
      if (participants.length >= limit) throw conflict(`The call is full (at most ${limit} people)`);
      if (await this.calls.busy(userId, runner)) throw conflict("busy: you are already in another call");
      // Let into the room before the row is written: a Janus failure then leaves nothing to undo.
      if (call.topology === "sfu") sfu = await this.admit(callId, userId, connectionId);
      if (!(await this.calls.addParticipant(callId, userId, connectionId, this.clock(), runner))) throw conflict("You are in this call already");
      return call.state === "ringing" && (await this.calls.markAnswered(callId, this.clock(), runner));
    });
    if (answered) this.clearRing(callId);
    return entered(await this.announce(callId, userId, connectionId), sfu);
  }

  /** Leaving a group call; the last one out ends it. A direct call ends when either side leaves. */
  async leave(userId: number, callId: number): Promise<CallJson> {
    const call = await this.visible(userId, callId);
    if (call.group_id === null) return this.hangup(userId, callId);
    const connectionId = await this.calls.removeParticipant(callId, userId, this.clock());
    if (connectionId === null) throw conflict("You are not in this call");
    if (call.topology === "sfu") await this.release(callId, userId, connectionId);
    const { call: current, participants } = await this.load(callId);
    if (participants.length === 0) return this.end(current, userId, current.state === "ringing" ? "cancelled" : "hangup", "live");
    this.events.updated((reader) => toCallJson(current, participants, reader), await this.partiesOf(current));
    return toCallJson(current, participants, userId);
  }

  async hangup(userId: number, callId: number): Promise<CallJson> {
    const call = await this.visible(userId, callId);
    if (call.group_id !== null) return this.leave(userId, callId);
    if (call.state === "ended") throw conflict("The call has ended");
    if (call.state === "ringing") {
      const reason = Number(call.caller_id) === userId ? "cancelled" : "declined";
      return this.end(call, userId, reason, "ringing");
    }
    return this.end(call, userId, "hangup", "live");
  }

  /** Relays a signal from the sender's connection in the call to the target's connection in it; nothing else is sent. */
  async signal(userId: number, connectionId: string, input: { call_id: number; to_user_id: number; signal: CallSignalJson }): Promise<{ ok: true }> {
    const call = await this.calls.find(input.call_id);
    const participants = call && call.state !== "ended" ? await this.calls.participants(input.call_id) : [];
    const sender = participants.find((participant) => Number(participant.user_id) === userId);
    if (!sender || sender.connection_id !== connectionId) throw forbidden("You are not in this call");
    const target = participants.find((participant) => Number(participant.user_id) === input.to_user_id);
    if (!target || input.to_user_id === userId) throw notFound("That person is not in this call");
    this.events.signal(target.connection_id, { call_id: input.call_id, from_user_id: userId, signal: input.signal });
    return { ok: true };
  }

  /** The connection is gone: its user leaves every call they were in on it. */
  async disconnected(connectionId: string): Promise<void> {
    for (const participant of await this.calls.callsOnConnection(connectionId)) {
      // Refused (409): another tab or process ended it a moment ago; nothing left to do.
      await this.leave(Number(participant.user_id), Number(participant.call_id)).catch(ignoreConflict);
    }
  }

  /** What rings for the user and what they are in or may join. */
  async active(userId: number): Promise<CallJson[]> {
    const rows = await this.calls.liveCallsFor(userId);
    return Promise.all(rows.map(async (row) => toCallJson(row, await this.calls.participants(Number(row.id)), userId)));
  }

  async sweep(): Promise<void> {
    for (const callId of await this.calls.overdueRinging(this.clock())) await this.expire(callId);
  }

  private async expire(callId: number): Promise<void> {
    this.clearRing(callId);
    const call = await this.calls.find(callId);
    if (call?.state === "ringing") await this.end(call, Number(call.caller_id), "missed", "ringing").catch(ignoreConflict);
  }

  /** Ends the call (if it is still in `from`), writes its timeline row and tells everyone concerned. */
  private async end(call: CallRow, userId: number, reason: EndReason, from: "ringing" | "live"): Promise<CallJson> {
    const callId = Number(call.id);
    const at = this.clock();
    if (!(await this.calls.markEnded(callId, at, reason, from))) throw conflict("The call has ended or was answered");
    this.clearRing(callId);
    await this.calls.removeEveryone(callId, at);
    if (call.topology === "sfu") await this.rooms?.close(callId).catch(this.log);
    const { call: ended } = await this.load(callId);
    const parties = await this.partiesOf(ended);
    const notice = callNoticeOf(ended);
    await this.notices.post(
      notice,
      ended.group_id !== null ? { groupId: Number(ended.group_id) } : { receiverId: Number(ended.receiver_id) },
      parties,
    );
    this.events.ended((reader) => toCallJson(ended, [], reader), parties);
    return toCallJson(ended, [], userId);
  }

  /** Into the SFU room; any failure there is a 503, after `undo`, and the caller learns nothing of Janus. */
  private async admit(callId: number, userId: number, connectionId: string, undo?: () => Promise<void>): Promise<SfuAccessJson> {
    try {
      if (!this.rooms) throw new RoomsUnavailableError("an SFU call, and JANUS_URL is not set any more");
      return await this.rooms.admit(callId, userId, connectionId);
    } catch (error) {
      if (undo) await undo();
      // An outage is the operator's to see, not a bug to report as one.
      if (error instanceof RoomsUnavailableError) console.warn(`Group call ${callId}: ${error.message}`);
      else this.log(error);
      throw serviceUnavailable(SFU_UNAVAILABLE);
    }
  }

  /** Their access goes; if Janus cannot be told now, their token still dies with the room at the end. */
  private async release(callId: number, userId: number, connectionId: string): Promise<void> {
    await this.rooms?.release(callId, userId, connectionId).catch(this.log);
  }

  private async announce(callId: number, userId: number, connectionId: string): Promise<CallJson> {
    const { call, participants } = await this.load(callId);
    const json = (reader: number): CallJson => ({ ...toCallJson(call, participants, reader), answered_connection: connectionId });
    this.events.updated(json, await this.partiesOf(call));
    return json(userId);
  }

  /** The call, if the user may see it: a party of a direct call, a member of a group's. Others get 404. */
  private async visible(userId: number, callId: number): Promise<CallRow> {
    const call = await this.calls.find(callId);
    if (!call) throw notFound("Call not found");
    if (call.group_id !== null) {
      await this.groups.memberIdsFor(userId, Number(call.group_id)).catch(() => {
        throw notFound("Call not found");
      });
    } else if (Number(call.caller_id) !== userId && Number(call.receiver_id) !== userId) {
      throw notFound("Call not found");
    }
    return call;
  }

  private async partiesOf(call: CallRow): Promise<number[]> {
    if (call.group_id === null) return [Number(call.caller_id), Number(call.receiver_id)];
    return this.groups.memberIds(Number(call.group_id));
  }

  private async load(callId: number): Promise<{ call: CallRow; participants: ParticipantRow[] }> {
    const [call, participants] = await Promise.all([this.calls.find(callId), this.calls.participants(callId)]);
    if (!call) throw notFound("Call not found");
    return { call, participants };
  }

  private clearRing(callId: number): void {
    clearTimeout(this.ringTimers.get(callId));
    this.ringTimers.delete(callId);
  }

  /** Start refused: the caller is in a call, or the callee is (who then finds a missed call in the timeline). */
  private async busy(userId: number, input: Start): Promise<Error> {
    if (await this.calls.busy(userId)) return conflict("busy: you are already in a call");
    if (input.user_id !== undefined) {
      await this.notices.post({ type: "call", outcome: "missed", media: input.media, caller_id: userId }, { receiverId: input.user_id }, [
        userId,
        input.user_id,
      ]);
    }
    return conflict("busy: they are in another call");
  }
}

function entered(call: CallJson, sfu: SfuAccessJson | undefined): CallEntered {
  return sfu ? { call, sfu } : { call };
}

function ignoreConflict(error: unknown): void {
  if (!(error instanceof HttpError && error.status === 409)) throw error;
}
