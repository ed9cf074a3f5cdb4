import type { DataSource } from "typeorm";
import { CompiledQuery } from "../db/compiled-query";
import type { MessageQueries } from "../db/message-queries";
import { notFound } from "../errors";
import type { ReceiptInput } from "../schemas";
import type { GroupMessageQueries } from "../db/group-message-queries";
import type { DirectReceiptJson, GroupReceiptJson, MessageEvents, ReceiptJson } from "./message-events";
import type { GroupService } from "./group.service";
import type { UserService } from "./user.service";

interface MarkerRow {
  user_id: number;
  partner_id: number;
  last_read_id: number;
  last_delivered_id: number;
}

type Advance = { userId: number; partnerId: number; readId: number; upTo: number };
type Pair = { userId: number; partnerId: number };
type GroupAdvance = { groupId: number; userId: number; readId: number; upTo: number };

/** Delivery and read receipts of direct and group conversations; REST and socket both call this. */
export class ReceiptService {
  private readonly upsert: CompiledQuery<Advance>;
  private readonly both: CompiledQuery<Pair>;
  private readonly newest: CompiledQuery<{ low: number; high: number; senderId: number }>;
  private readonly advanceMember: CompiledQuery<GroupAdvance>;

  constructor(
    dataSource: DataSource,
    private readonly users: UserService,
    private readonly queries: MessageQueries,
    private readonly events: MessageEvents,
    private readonly groups: GroupService,
    private readonly groupQueries: GroupMessageQueries,
  ) {
    // Markers only move forward, whatever order concurrent tabs report in; read implies delivered.
    this.upsert = new CompiledQuery(
      dataSource,
      `INSERT INTO "read_markers" ("user_id", "partner_id", "last_read_id", "last_delivered_id")
       VALUES (:userId, :partnerId, :readId, :upTo)
       ON CONFLICT ("user_id", "partner_id") DO UPDATE SET
         "last_read_id" = CASE WHEN excluded."last_read_id" > "read_markers"."last_read_id" THEN excluded."last_read_id" ELSE "read_markers"."last_read_id" END,
         "last_delivered_id" = CASE WHEN excluded."last_delivered_id" > "read_markers"."last_delivered_id" THEN excluded."last_delivered_id" ELSE "read_markers"."last_delivered_id" END
       RETURNING "user_id", "partner_id", "last_read_id", "last_delivered_id"`,
      ["userId", "partnerId", "readId", "upTo"],
    );
    this.both = new CompiledQuery(
      dataSource,
      `SELECT "user_id", "partner_id", "last_read_id", "last_delivered_id" FROM "read_markers"
        WHERE ("user_id" = :userId AND "partner_id" = :partnerId) OR ("user_id" = :partnerId AND "partner_id" = :userId)`,
      ["userId", "partnerId"],
    );
    this.newest = new CompiledQuery(
      dataSource,
      `SELECT MAX("id") AS "newest" FROM "messages" WHERE "pair_low_id" = :low AND "pair_high_id" = :high AND "sender_id" = :senderId`,
      ["low", "high", "senderId"],
    );
    // The same forward-only rule for a group member's markers.
    const forward = (column: string, value: string) => `CASE WHEN ${value} > "${column}" THEN ${value} ELSE "${column}" END`;
    this.advanceMember = new CompiledQuery(
      dataSource,
      `UPDATE "group_members" SET "last_read_id" = ${forward("last_read_id", ":readId")}, "last_delivered_id" = ${forward("last_delivered_id", ":upTo")}
        WHERE "group_id" = :groupId AND "user_id" = :userId`,
      ["readId", "upTo", "groupId", "userId"],
    );
  }

  /** The reader has read everything from the partner up to `up_to_id` (receiving it too). */
  markRead(userId: number, input: ReceiptInput): Promise<ReceiptJson> {
    return this.advance(userId, input, true);
  }

  /** The reader's device has the partner's messages up to `up_to_id`. */
  markDelivered(userId: number, input: ReceiptInput): Promise<ReceiptJson> {
    return this.advance(userId, input, false);
  }

  /** Both sides' progress in a conversation; missing rows mean nothing received yet. */
  async between(userId: number, partnerId: number): Promise<{ mine: DirectReceiptJson; partner: DirectReceiptJson }> {
    const rows = await this.both.run<MarkerRow>({ userId, partnerId });
    const find = (user: number, partner: number) => toJson(rows.find((r) => Number(r.user_id) === user && Number(r.partner_id) === partner), user, partner);
    return { mine: find(userId, partnerId), partner: find(partnerId, userId) };
  }

  private async advance(userId: number, input: ReceiptInput, read: boolean): Promise<ReceiptJson> {
    if (input.group_id !== undefined) return this.advanceInGroup(userId, input.group_id, input.up_to_id, read);
    const partnerId = input.partner_id!;
    if (!(await this.users.findById(partnerId))) throw notFound("User not found");
    // A marker can only cover messages that exist: reporting "read up to" a future id would
    // silently mark messages not yet written as read.
    const [newest] = await this.newest.run<{ newest: number | string | null }>({
      low: Math.min(userId, partnerId),
      high: Math.max(userId, partnerId),
      senderId: partnerId,
    });
    const upTo = Math.min(input.up_to_id, Number(newest?.newest ?? 0));
    const [marker] = await this.upsert.run<MarkerRow>({ userId, partnerId, readId: read ? upTo : 0, upTo });
    if (read) await this.queries.recountUnread(userId, partnerId);
    const receipt = toJson(marker, userId, partnerId);
    this.events.receiptsChanged(receipt, [partnerId, userId]);
    return receipt;
  }

  /** Every member hears of it: each shows their own messages as read once all others passed them. */
  private async advanceInGroup(userId: number, groupId: number, upToId: number, read: boolean): Promise<GroupReceiptJson> {
    const { group } = await this.groups.requireMembership(groupId, userId);
    const upTo = Math.min(upToId, group.lastMessageId ?? 0);
    await this.advanceMember.run({ groupId, userId, readId: read ? upTo : 0, upTo });
    if (read) await this.groupQueries.recountUnread(groupId, userId);
    // Read back rather than RETURNING (PostgreSQL's driver shapes an UPDATE's rows differently); the
    // same read gives everyone to tell.
    const members = await this.groups.membersOf(groupId);
    const member = members.find((row) => row.userId === userId);
    const receipt: GroupReceiptJson = {
      user_id: userId,
      group_id: groupId,
      delivered_up_to_id: member?.lastDeliveredId ?? upTo,
      read_up_to_id: member?.lastReadId ?? 0,
    };
    this.events.receiptsChanged(receipt, members.map((row) => row.userId));
    return receipt;
  }
}

function toJson(marker: MarkerRow | undefined, userId: number, partnerId: number): DirectReceiptJson {
  return {
    user_id: userId,
    partner_id: partnerId,
    delivered_up_to_id: Number(marker?.last_delivered_id ?? 0),
    read_up_to_id: Number(marker?.last_read_id ?? 0),
  };
}
