import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { epochMs } from "./epoch-ms.transformer";
import { User } from "./User";

/**
 * A direct message (receiver set) or a group message (group set), never both. For a direct message
 * `pairLowId`/`pairHighId` are the two participants ordered by id, so one index (pair_low_id,
 * pair_high_id, id) serves "conversation between A and B, newest first" as a single range scan,
 * whichever of the two sent each message; a group's history is the range (group_id, id).
 */
@Entity({ name: "messages" })
@Index("idx_messages_pair", ["pairLowId", "pairHighId", "id"])
@Index("idx_messages_sender", ["senderId", "id"])
@Index("idx_messages_receiver", ["receiverId", "id"])
@Index("idx_messages_group", ["groupId", "id"])
@Index("idx_messages_sender_client_id", ["senderId", "clientId"], { unique: true })
export class Message {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "sender_id", type: "integer" })
  senderId!: number;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "sender_id" })
  sender?: User;

  @Column({ name: "receiver_id", type: "integer", nullable: true })
  receiverId!: number | null;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "receiver_id" })
  receiver?: User;

  @Column({ name: "group_id", type: "integer", nullable: true })
  groupId!: number | null;

  @Column({ name: "pair_low_id", type: "integer", nullable: true })
  pairLowId!: number | null;

  @Column({ name: "pair_high_id", type: "integer", nullable: true })
  pairHighId!: number | null;

  /** Chosen by the sending client (a UUID): a retried send finds the first one instead of adding another. */
  @Column({ name: "client_id", type: "varchar", length: 36 })
  clientId!: string;

  @Column({ type: "text" })
  content!: string;

  @Column({ type: "bigint", transformer: epochMs })
  timestamp!: Date;

  @Column({ name: "edited_at", type: "bigint", nullable: true, transformer: epochMs })
  editedAt!: Date | null;

  /** "text" (people's messages) or "system" (a group notice; `content` is its JSON). */
  @Column({ type: "varchar", length: 8, default: "text" })
  kind!: "text" | "system";

  /** The message this one answers, in the same conversation; null when it is not a reply. */
  @Column({ name: "reply_to_id", type: "integer", nullable: true })
  replyToId!: number | null;

  /** A forward: who wrote the original, and when (kept as they were when it was forwarded). */
  @Column({ name: "forwarded_from_sender_id", type: "integer", nullable: true })
  forwardedFromSenderId!: number | null;

  @Column({ name: "forwarded_from_sent_at", type: "bigint", nullable: true, transformer: epochMs })
  forwardedFromSentAt!: Date | null;

  /** A deleted message keeps its row (ids and order stay) with its content wiped. */
  @Column({ name: "deleted_at", type: "bigint", nullable: true, transformer: epochMs })
  deletedAt!: Date | null;
}
