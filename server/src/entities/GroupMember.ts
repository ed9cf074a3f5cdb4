import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { epochMs } from "./epoch-ms.transformer";

export type GroupRole = "admin" | "member";

/** One person's membership of a group, with their receipts and unread count in it. */
@Entity({ name: "group_members" })
@Index("idx_group_members_user", ["userId", "groupId"])
export class GroupMember {
  @PrimaryColumn({ name: "group_id", type: "integer" })
  groupId!: number;

  @PrimaryColumn({ name: "user_id", type: "integer" })
  userId!: number;

  @Column({ type: "varchar", length: 8, default: "member" })
  role!: GroupRole;

  @Column({ name: "joined_at", type: "bigint", transformer: epochMs })
  joinedAt!: Date;

  @Column({ name: "last_read_id", type: "integer", default: 0 })
  lastReadId!: number;

  @Column({ name: "last_delivered_id", type: "integer", default: 0 })
  lastDeliveredId!: number;

  /** Others' undeleted messages after last_read_id: incremented by a trigger, recounted on read/delete. */
  @Column({ name: "unread_count", type: "integer", default: 0 })
  unreadCount!: number;
}
