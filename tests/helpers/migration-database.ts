import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DataSource } from "typeorm";
import { entities } from "../../server/src/db/data-source";
import { migrations } from "../../server/src/db/migrations";
import { createTestDatabase } from "./test-server";

type Migration = (typeof migrations)[number];

export interface MigrationDatabase {
  /** `sqlite:<file>`, or the PostgreSQL database made for this test (TEST_DATABASE_URL). */
  url: string;
  /** A DataSource with the first `upTo` migrations (all of them by default); closed at the end if still open. */
  open(upTo?: number): DataSource;
}

/** A fresh test database for a migration's test, dropped with its folder afterwards, whatever happened. */
export async function withMigrationDatabase(use: (database: MigrationDatabase) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-migrate-"));
  const database = await createTestDatabase(dir);
  const sources: DataSource[] = [];
  try {
    await use({
      url: database.url,
      open: (upTo = migrations.length) => {
        const common = { entities, migrations: migrations.slice(0, upTo), synchronize: false } as const;
        const source = database.url.startsWith("sqlite:")
          ? new DataSource({ type: "better-sqlite3", database: database.url.slice("sqlite:".length), ...common })
          : new DataSource({ type: "postgres", url: database.url, ...common });
        sources.push(source);
        return source;
      },
    });
  } finally {
    for (const source of sources) if (source.isInitialized) await source.destroy();
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Undoes migrations from the newest back to and including `migration` (later ones may exist). */
export async function undoThrough(source: DataSource, migration: Migration): Promise<void> {
  for (let i = migrations.length - 1; i >= migrations.indexOf(migration); i -= 1) await source.undoLastMigration();
}
