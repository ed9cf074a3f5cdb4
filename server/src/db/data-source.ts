import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { DataSource } from "typeorm";
import type { DatabaseConfig } from "../config/config";
import { Group } from "../entities/Group";
import { GroupMember } from "../entities/GroupMember";
import { Message } from "../entities/Message";
import { ReadMarker } from "../entities/ReadMarker";
import { User } from "../entities/User";
import { migrations } from "./migrations";

export const entities = [User, Message, ReadMarker, Group, GroupMember];

export class PendingMigrationsError extends Error {
  override name = "PendingMigrationsError";
  constructor() {
    super("The database has pending migrations: run `npm run migrate` first (or start with AUTO_MIGRATE=true)");
  }
}

export interface SqliteOptions {
  /** Checkpoints are run by a WalCheckpointer thread, not inside commits on this connection. */
  backgroundCheckpoint?: boolean;
}

export function createDataSource(database: DatabaseConfig, sqlite: SqliteOptions = {}): DataSource {
  if (database.kind === "postgres") {
    return new DataSource({ type: "postgres", url: database.url, entities, migrations, synchronize: false });
  }
  fs.mkdirSync(path.dirname(database.file), { recursive: true });
  return new DataSource({
    type: "better-sqlite3",
    database: database.file,
    entities,
    migrations,
    synchronize: false,
    // WAL lets readers proceed during a write and survives a killed process without corruption.
    enableWAL: true,
    // Wait for a lock instead of failing at once when another connection (a migration, a bench) writes.
    timeout: 5000,
    prepareDatabase: (db: { pragma(source: string): unknown }) => {
      // NORMAL (default) in WAL mode: a committed message survives a crash of the process; only an
      // OS crash or power loss can lose the last transactions. FULL fsyncs every commit.
      db.pragma(`synchronous = ${database.synchronous}`);
      if (sqlite.backgroundCheckpoint) {
        db.pragma("wal_autocheckpoint = 0");
        // After a checkpoint lets the WAL restart, trim the file back to this size.
        db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
      }
    },
  });
}

/** Opens the database and, unless told not to, applies pending migrations; otherwise refuses to run stale. */
export async function openDatabase(database: DatabaseConfig, autoMigrate: boolean, sqlite: SqliteOptions = {}): Promise<DataSource> {
  const dataSource = createDataSource(database, sqlite);
  await dataSource.initialize();
  try {
    if (autoMigrate) {
      await dataSource.runMigrations({ transaction: "each" });
    } else if (await dataSource.showMigrations()) {
      throw new PendingMigrationsError();
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
