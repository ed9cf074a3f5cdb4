import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { epochMs } from "./epoch-ms.transformer";

@Entity({ name: "users" })
export class User {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  /** Case is kept as typed; uniqueness is case-insensitive (expression index in the migration). */
  @Column({ type: "varchar", length: 32 })
  username!: string;

  /** Stored lower-cased, so the unique constraint is case-insensitive too. */
  @Column({ type: "varchar", length: 254, unique: true })
  email!: string;

  @Column({ name: "password_hash", type: "varchar", length: 100, select: false })
  passwordHash!: string;

  @Column({ name: "created_at", type: "bigint", transformer: epochMs })
  createdAt!: Date;

  /** When the user's last socket disconnected; null while never seen or online since. */
  @Column({ name: "last_seen_at", type: "bigint", nullable: true, transformer: epochMs })
  lastSeenAt!: Date | null;

  /** What the person chose to be called (trimmed, 1–64 characters); null shows the username. */
  @Column({ name: "display_name", type: "varchar", length: 64, nullable: true })
  displayName!: string | null;

  @Column({ name: "status_text", type: "varchar", length: 140, nullable: true })
  statusText!: string | null;

  /** The avatar's renditions are stored under `<key>-64` and `<key>-256`; null when there is none. */
  @Column({ name: "avatar_key", type: "varchar", length: 64, nullable: true })
  avatarKey!: string | null;
  /** When the current address was verified through a mailed link; null until then. */
  @Column({ name: "email_verified_at", type: "bigint", nullable: true, transformer: epochMs })
  emailVerifiedAt!: Date | null;

  /** When an admin deactivated the account (log-in refused, sessions revoked); null while active. */
  @Column({ name: "deactivated_at", type: "bigint", nullable: true, transformer: epochMs })
  deactivatedAt!: Date | null;
}
