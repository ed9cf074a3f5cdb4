import { ConfigError, loadConfig } from "./config/config";
import { startChatServer } from "./chat-server";

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startChatServer(config);
  const where = config.database.kind === "sqlite" ? config.database.file : "PostgreSQL";
  console.log(`Chat server listening on ${server.url} (database: ${where})`);

  const shutdown = (signal: string) => {
    console.log(`${signal} received, closing`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error("Failed to start:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
