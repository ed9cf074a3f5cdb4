import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { createTestDatabase } from "./test-server";

export interface StoredMessage {
  id: number;
  client_id: string;
  content: string;
  sender_id: number;
}

/**
 * The database a server process under test writes to, read directly as the truth to compare
 * against: a SQLite file in `dataDir`, or with TEST_DATABASE_URL a fresh PostgreSQL database.
 */
export class MessageStore {
  private constructor(
    readonly databaseUrl: string,
    private readonly sqliteFile: string | null,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async create(dataDir: string, base = process.env.TEST_DATABASE_URL): Promise<MessageStore> {
    const database = await createTestDatabase(dataDir, base);
    const sqliteFile = database.url.startsWith("sqlite:") ? database.url.slice("sqlite:".length) : null;
    return new MessageStore(database.url, sqliteFile, database.drop);
  }

  get kind(): "sqlite" | "postgres" {
    return this.sqliteFile ? "sqlite" : "postgres";
  }

  async messages(senderIds?: number[]): Promise<StoredMessage[]> {
    const where = senderIds ? `WHERE sender_id IN (${senderIds.map(Number).join(",")})` : "";
    const sql = `SELECT id, client_id, content, sender_id FROM messages ${where} ORDER BY id`;
    if (this.sqliteFile) {
      const db = new Database(this.sqliteFile, { readonly: true });
      try {
        return db.prepare(sql).all() as StoredMessage[];
      } finally {
        db.close();
      }
    }
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql)).rows as StoredMessage[];
    } finally {
      await client.end();
    }
  }

  /** SQLite's own consistency check of the file; PostgreSQL guards its files itself. */
  sqliteIntegrity(): string {
    if (!this.sqliteFile) throw new Error("not a SQLite store");
    const db = new Database(this.sqliteFile);
    try {
      return String(db.pragma("integrity_check", { simple: true }));
    } finally {
      db.close();
    }
  }

  sqlitePath(): string | null {
    return this.sqliteFile ? path.resolve(this.sqliteFile) : null;
  }

  drop(): Promise<void> {
    return this.dropDatabase();
  }
}
