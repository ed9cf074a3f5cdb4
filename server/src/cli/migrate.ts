import { loadConfig } from "../config/config";
import { openDatabase } from "../db/data-source";

/** `npm run migrate`: applies pending migrations and exits. */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openDatabase(config.database, true);
  await dataSource.destroy();
  console.log("Migrations applied");
}

migrate().catch((error: unknown) => {
  console.error("Migration failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
