import type { DataSource, QueryRunner } from "typeorm";
import { CallLocks } from "./call-locks";
import { CompiledQuery } from "./compiled-query";
import { returned } from "./returned";

export interface CallRow {
  id: number | string;
  caller_id: number | string;
  receiver_id: number | string | null;
  group_id: number | string | null;
  media: "audio" | "video";
  state: "ringing" | "active" | "ended";
  topology: "mesh" | "sfu";
  end_reason: string | null;
  started_at: number | string;
  ring_deadline: number | string;
  answered_at: number | string | null;
  ended_at: number | string | null;
  caller_username: string;
}

export interface ParticipantRow {
  call_id: number | string;
  user_id: number | string;
  connection_id: string;
}

type NewCall = {
  callerId: number;
  receiverId: number | null;
  groupId: number | null;
  media: string;
  topology: "mesh" | "sfu";
  startedAt: number;
  ringDeadline: number;
};
type Ids = { callId: number; userId: number };
type DirectNotice = { senderId: number; receiverId: number; low: number; high: number; clientId: string; content: string; timestamp: number };

const CALL_COLUMNS = `c."id", c."caller_id", c."receiver_id", c."group_id", c."media", c."state", c."topology", c."end_reason", c."started_at",
  c."ring_deadline", c."answered_at", c."ended_at", (SELECT u."username" FROM "users" u WHERE u."id" = c."caller_id") AS "caller_username"`;

/** In a call now: a participant who has not left a call that has not ended, or the callee of a ringing direct call. */
const busy = (user: string) => `(EXISTS (SELECT 1 FROM "call_participants" bp JOIN "calls" bc ON bc."id" = bp."call_id"
    WHERE bp."user_id" = ${user} AND bp."left_at" IS NULL AND bc."state" <> 'ended')
  OR EXISTS (SELECT 1 FROM "calls" rc WHERE rc."receiver_id" = ${user} AND rc."state" = 'ringing'))`;

/**
 * Every statement about `calls` and `call_participants`. Transitions are conditional UPDATEs that
 * return the row they changed: none returned means another tab or process got there first.
 */
export class CallQueries {
  /** Check-then-write sections (start, accept, join) run under these; the `runner` they hand out goes to each statement. */
  readonly locks: CallLocks;
  private readonly insertCall: CompiledQuery<NewCall>;
  private readonly isBusy: CompiledQuery<{ userId: number }>;
  private readonly one: CompiledQuery<{ callId: number }>;
  private readonly participantsOf: CompiledQuery<{ callId: number }>;
  private readonly join: CompiledQuery<Ids & { connectionId: string; at: number }>;
  private readonly leaveOne: CompiledQuery<Ids & { at: number }>;
  private readonly leaveAll: CompiledQuery<{ callId: number; at: number }>;
  private readonly dropParticipants: CompiledQuery<{ callId: number }>;
  private readonly dropCall: CompiledQuery<{ callId: number }>;
  private readonly answer: CompiledQuery<{ callId: number; at: number }>;
  private readonly endCall: CompiledQuery<{ callId: number; at: number; reason: string; from: string }>;
  private readonly liveFor: CompiledQuery<{ userId: number }>;
  private readonly onConnection: CompiledQuery<{ connectionId: string }>;
  private readonly overdue: CompiledQuery<{ now: number }>;
  private readonly directNotice: CompiledQuery<DirectNotice>;

  constructor(dataSource: DataSource) {
    this.locks = new CallLocks(dataSource);
    // The busy checks are part of the insert: a call is only stored while neither side is in one.
    this.insertCall = new CompiledQuery(
      dataSource,
      `INSERT INTO "calls" ("caller_id", "receiver_id", "group_id", "media", "topology", "state", "started_at", "ring_deadline")
       SELECT CAST(:callerId AS integer), CAST(:receiverId AS integer), CAST(:groupId AS integer), :media, :topology, 'ringing',
         CAST(:startedAt AS bigint), CAST(:ringDeadline AS bigint)
       WHERE NOT ${busy(`CAST(:callerId AS integer)`)}
         AND (CAST(:receiverId AS integer) IS NULL OR NOT ${busy(`CAST(:receiverId AS integer)`)})
       RETURNING "id"`,
      ["callerId", "receiverId", "groupId", "media", "topology", "startedAt", "ringDeadline"],
    );
    this.isBusy = new CompiledQuery(dataSource, `SELECT 1 AS "busy" WHERE ${busy(`CAST(:userId AS integer)`)}`, ["userId"]);
    this.one = new CompiledQuery(dataSource, `SELECT ${CALL_COLUMNS} FROM "calls" c WHERE c."id" = :callId`, ["callId"]);
    this.participantsOf = new CompiledQuery(
      dataSource,
      `SELECT "call_id", "user_id", "connection_id" FROM "call_participants" WHERE "call_id" = :callId AND "left_at" IS NULL ORDER BY "joined_at", "user_id"`,
      ["callId"],
    );
    // Joining again after leaving takes the row back; joining while in (another tab) changes nothing.
    this.join = new CompiledQuery(
      dataSource,
      `INSERT INTO "call_participants" ("call_id", "user_id", "connection_id", "joined_at")
       VALUES (CAST(:callId AS integer), CAST(:userId AS integer), :connectionId, CAST(:at AS bigint))
       ON CONFLICT ("call_id", "user_id") DO UPDATE SET "connection_id" = EXCLUDED."connection_id", "joined_at" = EXCLUDED."joined_at", "left_at" = NULL
         WHERE "call_participants"."left_at" IS NOT NULL
       RETURNING "user_id"`,
      ["callId", "userId", "connectionId", "at"],
    );
    this.leaveOne = new CompiledQuery(
      dataSource,
      `UPDATE "call_participants" SET "left_at" = CAST(:at AS bigint)
       WHERE "call_id" = :callId AND "user_id" = :userId AND "left_at" IS NULL RETURNING "connection_id"`,
      ["callId", "userId", "at"],
    );
    this.leaveAll = new CompiledQuery(
      dataSource,
      `UPDATE "call_participants" SET "left_at" = CAST(:at AS bigint) WHERE "call_id" = :callId AND "left_at" IS NULL`,
      ["callId", "at"],
    );
    this.dropParticipants = new CompiledQuery(dataSource, `DELETE FROM "call_participants" WHERE "call_id" = :callId`, ["callId"]);
    this.dropCall = new CompiledQuery(dataSource, `DELETE FROM "calls" WHERE "id" = :callId`, ["callId"]);
    this.answer = new CompiledQuery(
      dataSource,
      `UPDATE "calls" SET "state" = 'active', "answered_at" = CAST(:at AS bigint) WHERE "id" = :callId AND "state" = 'ringing' RETURNING "id"`,
      ["callId", "at"],
    );
    // `from`: the state the call must still be in ('ringing' for a decline or a timeout; 'live' for either).
    this.endCall = new CompiledQuery(
      dataSource,
      `UPDATE "calls" SET "state" = 'ended', "ended_at" = CAST(:at AS bigint), "end_reason" = :reason
       WHERE "id" = :callId AND ("state" = :from OR (:from = 'live' AND "state" <> 'ended')) RETURNING "id"`,
      ["callId", "at", "reason", "from"],
    );
    this.liveFor = new CompiledQuery(
      dataSource,
      `SELECT ${CALL_COLUMNS} FROM "calls" c WHERE c."state" <> 'ended' AND (
         (c."receiver_id" = :userId AND c."state" = 'ringing')
         OR EXISTS (SELECT 1 FROM "call_participants" p WHERE p."call_id" = c."id" AND p."user_id" = :userId AND p."left_at" IS NULL)
         OR EXISTS (SELECT 1 FROM "group_members" gm WHERE gm."group_id" = c."group_id" AND gm."user_id" = :userId))
       ORDER BY c."id"`,
      ["userId"],
    );
    this.onConnection = new CompiledQuery(
      dataSource,
      `SELECT p."call_id", p."user_id", p."connection_id" FROM "call_participants" p JOIN "calls" c ON c."id" = p."call_id"
       WHERE p."connection_id" = :connectionId AND p."left_at" IS NULL AND c."state" <> 'ended'`,
      ["connectionId"],
    );
    this.overdue = new CompiledQuery(
      dataSource,
      `SELECT c."id" FROM "calls" c WHERE c."state" = 'ringing' AND c."ring_deadline" <= CAST(:now AS bigint)`,
      ["now"],
    );
    // Ids and commits in the same order per conversation on PostgreSQL, as MessageQueries does.
    const columns = `"sender_id", "receiver_id", "pair_low_id", "pair_high_id", "client_id", "content", "timestamp", "kind"`;
    const values = `:senderId, :receiverId, :low, :high, :clientId, :content, :timestamp, 'system'`;
    this.directNotice = new CompiledQuery(
      dataSource,
      dataSource.options.type === "postgres"
        ? `WITH "conversation_lock" AS (SELECT pg_advisory_xact_lock(:low, :high))
           INSERT INTO "messages" (${columns}) SELECT ${values} FROM "conversation_lock" RETURNING "id"`
        : `INSERT INTO "messages" (${columns}) VALUES (${values}) RETURNING "id"`,
      ["senderId", "receiverId", "low", "high", "clientId", "content", "timestamp"],
    );
  }

  /** A direct call's timeline row (content: the notice's JSON); returns its id. */
  async insertDirectNotice(row: DirectNotice): Promise<number> {
    return Number((await this.directNotice.run<{ id: number | string }>(row))[0]!.id);
  }

  /** The new call's id, or null when the caller or the callee is already in a call. */
  async insert(call: NewCall, runner?: QueryRunner): Promise<number | null> {
    const rows = await this.insertCall.run<{ id: number | string }>(call, runner);
    return rows.length > 0 ? Number(rows[0]!.id) : null;
  }

  async busy(userId: number, runner?: QueryRunner): Promise<boolean> {
    return (await this.isBusy.run({ userId }, runner)).length > 0;
  }

  async find(callId: number): Promise<CallRow | null> {
    return (await this.one.run<CallRow>({ callId }))[0] ?? null;
  }

  participants(callId: number, runner?: QueryRunner): Promise<ParticipantRow[]> {
    return this.participantsOf.run<ParticipantRow>({ callId }, runner);
  }

  /** False when the user is in the call already (on any connection). */
  async addParticipant(callId: number, userId: number, connectionId: string, at: number, runner?: QueryRunner): Promise<boolean> {
    return returned(await this.join.run<unknown>({ callId, userId, connectionId, at }, runner)).length > 0;
  }

  /** The connection they were in the call on; null when the user was not in the call. */
  async removeParticipant(callId: number, userId: number, at: number): Promise<string | null> {
    return returned(await this.leaveOne.run<{ connection_id: string }>({ callId, userId, at }))[0]?.connection_id ?? null;
  }

  /** Undoes a start whose SFU room could not be made: the call never was. */
  async discard(callId: number, runner?: QueryRunner): Promise<void> {
    await this.dropParticipants.run({ callId }, runner);
    await this.dropCall.run({ callId }, runner);
  }

  async removeEveryone(callId: number, at: number): Promise<void> {
    await this.leaveAll.run({ callId, at });
  }

  /** Ringing → active; false when it was not ringing any more. */
  async markAnswered(callId: number, at: number, runner?: QueryRunner): Promise<boolean> {
    return returned(await this.answer.run<unknown>({ callId, at }, runner)).length > 0;
  }

  /** → ended; false when it had ended already (or, with `from: "ringing"`, was no longer ringing). */
  async markEnded(callId: number, at: number, reason: string, from: "ringing" | "live"): Promise<boolean> {
    return returned(await this.endCall.run<unknown>({ callId, at, reason, from })).length > 0;
  }

  /** Calls not ended that ring for the user, that they are in, or of a group they are a member of. */
  liveCallsFor(userId: number): Promise<CallRow[]> {
    return this.liveFor.run<CallRow>({ userId });
  }

  callsOnConnection(connectionId: string): Promise<ParticipantRow[]> {
    return this.onConnection.run<ParticipantRow>({ connectionId });
  }

  async overdueRinging(now: number): Promise<number[]> {
    return (await this.overdue.run<{ id: number | string }>({ now })).map((row) => Number(row.id));
  }
}
