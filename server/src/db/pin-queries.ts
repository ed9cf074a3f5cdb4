import type { DataSource } from "typeorm";
import { underAdvisoryLock } from "./advisory-lock";
import { CompiledQuery } from "./compiled-query";
import { idList } from "./id-list";
import { MESSAGE_COLUMNS, type MessageRow } from "./message-queries";
import { returned } from "./returned";

/** A pin as stored. */
export interface PinRow {
  message_id: number | string;
  pinned_by: number | string | null;
  pinned_at: number | string;
}

/** A pin with its message, for the conversation's list. */
export interface PinnedMessageRow extends MessageRow {
  pinned_by: number | string | null;
  pinned_at: number | string;
}

/** Where a pin is: a group, or the two people of a direct conversation. */
export type PinPlace = { groupId: number } | { low: number; high: number };

type NewPin = { messageId: number; pinnedBy: number; pinnedAt: number; max: number };

/** Every statement about `pins`. */
export class PinQueries {
  private readonly insertInGroup: CompiledQuery<NewPin & { groupId: number }>;
  private readonly insertInPair: CompiledQuery<NewPin & { low: number; high: number }>;
  private readonly one: CompiledQuery<{ messageId: number }>;
  private readonly deleteOne: CompiledQuery<{ messageId: number }>;
  private readonly ofGroup: CompiledQuery<{ groupId: number }>;
  private readonly ofPair: CompiledQuery<{ low: number; high: number }>;

  constructor(private readonly dataSource: DataSource) {
    // Inserted only while the conversation has fewer than `max` pins (pinning again changes nothing).
    const insert = (place: string, values: string) =>
      `INSERT INTO "pins" ("message_id", ${place === "group" ? `"group_id"` : `"pair_low_id", "pair_high_id"`}, "pinned_by", "pinned_at")
       SELECT CAST(:messageId AS integer), ${values}, CAST(:pinnedBy AS integer), CAST(:pinnedAt AS bigint)
        WHERE (SELECT COUNT(*) FROM "pins" p WHERE ${place === "group" ? `p."group_id" = :groupId` : `p."pair_low_id" = :low AND p."pair_high_id" = :high`}) < :max
       ON CONFLICT ("message_id") DO NOTHING`;
    this.insertInGroup = new CompiledQuery(dataSource, insert("group", "CAST(:groupId AS integer)"), [
      "messageId",
      "groupId",
      "pinnedBy",
      "pinnedAt",
      "max",
    ]);
    this.insertInPair = new CompiledQuery(dataSource, insert("pair", "CAST(:low AS integer), CAST(:high AS integer)"), [
      "messageId",
      "low",
      "high",
      "pinnedBy",
      "pinnedAt",
      "max",
    ]);
    this.one = new CompiledQuery(dataSource, `SELECT "message_id", "pinned_by", "pinned_at" FROM "pins" WHERE "message_id" = :messageId`, [
      "messageId",
    ]);
    this.deleteOne = new CompiledQuery(dataSource, `DELETE FROM "pins" WHERE "message_id" = :messageId RETURNING "message_id"`, ["messageId"]);
    const list = (condition: string) =>
      `SELECT ${MESSAGE_COLUMNS}, p."pinned_by", p."pinned_at" FROM "pins" p JOIN "messages" m ON m."id" = p."message_id"
        WHERE ${condition} ORDER BY p."pinned_at" DESC, p."message_id" DESC`;
    this.ofGroup = new CompiledQuery(dataSource, list(`p."group_id" = :groupId`), ["groupId"]);
    this.ofPair = new CompiledQuery(dataSource, list(`p."pair_low_id" = :low AND p."pair_high_id" = :high`), ["low", "high"]);
  }

  /**
   * The pin of the message now (an existing pin is kept as it was), or null when the conversation
   * already has `max` pins. Under the conversation's lock, so the cap holds on PostgreSQL.
   */
  async add(place: PinPlace, pin: NewPin): Promise<PinRow | null> {
    const key = "groupId" in place ? ([0, place.groupId] as const) : ([place.low, place.high] as const);
    return underAdvisoryLock(this.dataSource, key, async (runner) => {
      if ("groupId" in place) await this.insertInGroup.run({ ...pin, groupId: place.groupId }, runner);
      else await this.insertInPair.run({ ...pin, ...place }, runner);
      const [row] = await this.one.run<PinRow>({ messageId: pin.messageId }, runner);
      return row ?? null;
    });
  }

  /** True when the message was pinned. */
  async remove(messageId: number): Promise<boolean> {
    return returned(await this.deleteOne.run<unknown>({ messageId })).length > 0;
  }

  /** A conversation's pins with their messages, newest pin first (at most the cap). */
  list(place: PinPlace): Promise<PinnedMessageRow[]> {
    return "groupId" in place ? this.ofGroup.run(place) : this.ofPair.run(place);
  }

  /** Which of these messages are pinned, in one statement. */
  async pinnedAmong(messageIds: readonly number[]): Promise<Set<number>> {
    if (messageIds.length === 0) return new Set();
    const rows: Array<{ message_id: number | string }> = await this.dataSource.query(
      `SELECT "message_id" FROM "pins" WHERE "message_id" IN (${idList(messageIds)})`,
    );
    return new Set(rows.map((row) => Number(row.message_id)));
  }
}
