import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { epochMs } from "./epoch-ms.transformer";

/** A named conversation of several people; its members are GroupMember rows. */
@Entity({ name: "groups" })
export class Group {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 64 })
  name!: string;

  /** Null once the creator's account is gone; the group lives on. */
  @Column({ name: "created_by", type: "integer", nullable: true })
  createdBy!: number | null;

  @Column({ name: "created_at", type: "bigint", transformer: epochMs })
  createdAt!: Date;

  /** Whether every member may pin messages (otherwise admins only). */
  @Column({ name: "members_can_pin", type: "boolean", default: false })
  membersCanPin!: boolean;

  /** Kept by a trigger on every group message insert. */
  @Column({ name: "last_message_id", type: "integer", nullable: true })
  lastMessageId!: number | null;
}
