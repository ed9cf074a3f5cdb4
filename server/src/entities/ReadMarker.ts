import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * How far a user has received and read a direct conversation: message ids only grow, so one number
 * per side says which messages are delivered and read, and the unread count is "partner's messages
 * after last_read_id".
 */
@Entity({ name: "read_markers" })
export class ReadMarker {
  @PrimaryColumn({ name: "user_id", type: "integer" })
  userId!: number;

  @PrimaryColumn({ name: "partner_id", type: "integer" })
  partnerId!: number;

  @Column({ name: "last_read_id", type: "integer", default: 0 })
  lastReadId!: number;

  @Column({ name: "last_delivered_id", type: "integer", default: 0 })
  lastDeliveredId!: number;
}
