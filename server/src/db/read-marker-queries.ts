import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";

/** One side's progress through a direct conversation (bigints may arrive as strings). */
export interface MarkerRow {
  user_id: number;
  partner_id: number;
  last_read_id: number;
  last_delivered_id: number;
}

type Advance = { userId: number; partnerId: number; readId: number; upTo: number };
type Pair = { userId: number; partnerId: number };

/** Reads and writes of `read_markers`: how far each side of a direct conversation received and read it. */
export class ReadMarkerQueries {
  private readonly upsert: CompiledQuery<Advance>;
  private readonly both: CompiledQuery<Pair>;

  constructor(dataSource: DataSource) {
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
  }

  /** Moves the user's markers for this partner forward (never back); the marker as it now stands. */
  async advance(advance: Advance): Promise<MarkerRow | undefined> {
    const [marker] = await this.upsert.run<MarkerRow>(advance);
    return marker;
  }

  /** Both sides' markers (a side with none has no row). */
  between(userId: number, partnerId: number): Promise<MarkerRow[]> {
    return this.both.run<MarkerRow>({ userId, partnerId });
  }
}
