import { type DataSource, In, type Repository } from "typeorm";
import { User } from "../entities/User";
import { CompiledQuery } from "./compiled-query";

interface UserRow {
  id: number;
  username: string;
  email: string;
  created_at: number | string;
  last_seen_at: number | string | null;
  display_name: string | null;
  status_text: string | null;
  avatar_key: string | null;
  email_verified_at: number | string | null;
}

/** Reads and writes of `users`: accounts, logins, search and last-seen times. */
export class UserQueries {
  private readonly users: Repository<User>;
  private readonly byId: CompiledQuery<{ id: number }>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(User);
    // Every authenticated request and socket handshake looks the user up: one prepared statement.
    this.byId = new CompiledQuery(
      dataSource,
      `SELECT "id", "username", "email", "created_at", "last_seen_at", "display_name", "status_text", "avatar_key", "email_verified_at" FROM "users" WHERE "id" = :id`,
      ["id"],
    );
  }

  async findById(id: number): Promise<User | null> {
    const [row] = await this.byId.run<UserRow>({ id });
    if (!row) return null;
    return Object.assign(new User(), {
      id: Number(row.id),
      username: row.username,
      email: row.email,
      createdAt: new Date(Number(row.created_at)),
      lastSeenAt: row.last_seen_at === null ? null : new Date(Number(row.last_seen_at)),
      displayName: row.display_name,
      statusText: row.status_text,
      avatarKey: row.avatar_key,
      emailVerifiedAt: row.email_verified_at === null ? null : new Date(Number(row.email_verified_at)),
    });
  }

  /** The account with its password hash (never selected otherwise); `identifier` is lower-case. */
  findForLogin(by: "email" | "username", identifier: string): Promise<User | null> {
    return this.users
      .createQueryBuilder("user")
      .addSelect("user.passwordHash")
      .where(by === "email" ? "user.email = :identifier" : "lower(user.username) = :identifier", { identifier })
      .getOne();
  }

  /** The account with its password hash, by id (a password change checks the current one). */
  findWithHash(id: number): Promise<User | null> {
    return this.users.createQueryBuilder("user").addSelect("user.passwordHash").where("user.id = :id", { id }).getOne();
  }

  async setPasswordHash(id: number, passwordHash: string): Promise<void> {
    await this.users.update({ id }, { passwordHash });
  }

  /** Accounts that already have this username (in any case) or this email. */
  findClashing(username: string, email: string): Promise<User[]> {
    return this.users
      .createQueryBuilder("user")
      .where("lower(user.username) = :username", { username: username.toLowerCase() })
      .orWhere("user.email = :email", { email })
      .getMany();
  }

  /** Inserts the account; a taken username or email fails on the unique indexes. */
  async insert(fields: Pick<User, "username" | "email" | "passwordHash" | "createdAt">): Promise<User> {
    const user = this.users.create(fields);
    await this.users.insert(user);
    return user;
  }

  /** Case-insensitive substring match on the username or display name, excluding the caller, by username. */
  search(callerId: number, text: string, limit: number): Promise<User[]> {
    const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.users
      .createQueryBuilder("user")
      .where("user.id != :callerId", { callerId })
      .andWhere(`"user"."deleted_at" IS NULL`)
      .andWhere("(lower(user.username) LIKE :pattern ESCAPE '\\' OR lower(user.displayName) LIKE :pattern ESCAPE '\\')", { pattern })
      .orderBy("lower(user.username)", "ASC")
      .limit(limit)
      .getMany();
  }

  async touchLastSeen(userId: number, at: Date): Promise<void> {
    await this.users.update({ id: userId }, { lastSeenAt: at });
  }

  async lastSeen(userIds: number[]): Promise<Map<number, Date | null>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.users.find({ select: { id: true, lastSeenAt: true }, where: { id: In(userIds) } });
    return new Map(rows.map((user) => [user.id, user.lastSeenAt]));
  }

  /** Which of these ids belong to accounts that are not deleted (a tombstone can join nothing). */
  async existingIds(ids: number[]): Promise<Set<number>> {
    const rows = await this.users
      .createQueryBuilder("user")
      .select("user.id")
      .where("user.id IN (:...ids)", { ids })
      .andWhere(`"user"."deleted_at" IS NULL`)
      .getMany();
    return new Set(rows.map((user) => user.id));
  }

  /** Id and username of each of these accounts that exists. */
  names(ids: number[]): Promise<Array<Pick<User, "id" | "username">>> {
    return this.users.find({ select: { id: true, username: true }, where: { id: In(ids) } });
  }

  /** Whether a deleted account's name (any case) is still held at `now` (`held_usernames`). */
  async isUsernameHeld(username: string, now: number): Promise<boolean> {
    const rows: unknown[] = await this.users.manager.query(
      ...this.users.manager.connection.driver.escapeQueryWithParameters(
        `SELECT 1 AS "held" FROM "held_usernames" WHERE "username" = :username AND "held_until" > :now`,
        { username: username.toLowerCase(), now },
      ),
    );
    return rows.length > 0;
  }
}
