import type { DataSource } from "typeorm";
import { ReadMarker } from "../entities/ReadMarker";
import { notFound } from "../errors";
import type { ReceiptInput } from "../http/schemas";
import type { MessageEvents, ReceiptJson } from "./message-events";
import type { UserService } from "./user.service";

/** Delivery and read receipts of direct conversations; REST and socket both call this. */
export class ReceiptService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly events: MessageEvents,
  ) {}

  /** The reader has read everything from the partner up to `up_to_id` (receiving it too). */
  markRead(userId: number, input: ReceiptInput): Promise<ReceiptJson> {
    return this.advance(userId, input, true);
  }

  /** The reader's device has the partner's messages up to `up_to_id`. */
  markDelivered(userId: number, input: ReceiptInput): Promise<ReceiptJson> {
    return this.advance(userId, input, false);
  }

  /** Both sides' progress in a conversation; missing rows mean nothing received yet. */
  async between(userId: number, partnerId: number): Promise<{ mine: ReceiptJson; partner: ReceiptJson }> {
    const rows = await this.dataSource.getRepository(ReadMarker).find({
      where: [
        { userId, partnerId },
        { userId: partnerId, partnerId: userId },
      ],
    });
    const find = (user: number, partner: number) => toJson(rows.find((r) => r.userId === user && r.partnerId === partner), user, partner);
    return { mine: find(userId, partnerId), partner: find(partnerId, userId) };
  }

  private async newestFrom(senderId: number, receiverId: number): Promise<number> {
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT MAX(id) AS newest FROM messages
        WHERE pair_low_id = :low AND pair_high_id = :high AND sender_id = :senderId`,
      { low: Math.min(senderId, receiverId), high: Math.max(senderId, receiverId), senderId },
    );
    const [row] = (await this.dataSource.query(sql, parameters)) as Array<{ newest: number | string | null }>;
    return Number(row?.newest ?? 0);
  }

  private async advance(userId: number, input: ReceiptInput, read: boolean): Promise<ReceiptJson> {
    if (!(await this.users.findById(input.partner_id))) throw notFound("User not found");
    // A marker can only cover messages that exist: reporting "read up to" a future id would
    // silently mark messages not yet written as read.
    const upTo = Math.min(input.up_to_id, await this.newestFrom(input.partner_id, userId));
    // Markers only move forward, whatever order concurrent tabs report in; read implies delivered.
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `INSERT INTO read_markers (user_id, partner_id, last_read_id, last_delivered_id)
       VALUES (:userId, :partnerId, :readId, :upTo)
       ON CONFLICT (user_id, partner_id) DO UPDATE SET
         last_read_id = CASE WHEN excluded.last_read_id > read_markers.last_read_id THEN excluded.last_read_id ELSE read_markers.last_read_id END,
         last_delivered_id = CASE WHEN excluded.last_delivered_id > read_markers.last_delivered_id THEN excluded.last_delivered_id ELSE read_markers.last_delivered_id END`,
      { userId, partnerId: input.partner_id, readId: read ? upTo : 0, upTo },
    );
    await this.dataSource.query(sql, parameters);
    const marker = await this.dataSource.getRepository(ReadMarker).findOneBy({ userId, partnerId: input.partner_id });
    const receipt = toJson(marker ?? undefined, userId, input.partner_id);
    this.events.receiptsChanged(receipt);
    return receipt;
  }
}

function toJson(marker: ReadMarker | undefined, userId: number, partnerId: number): ReceiptJson {
  return {
    user_id: userId,
    partner_id: partnerId,
    delivered_up_to_id: marker?.lastDeliveredId ?? 0,
    read_up_to_id: marker?.lastReadId ?? 0,
  };
}
