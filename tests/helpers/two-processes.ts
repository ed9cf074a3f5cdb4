import path from "node:path";
import { randomBytes } from "node:crypto";
import { TestServer } from "./test-server";

/** Redis as .ci/run starts it (and as it runs on the development machine). */
const REDIS = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";

/** The database the first server made, for the second to share. */
function sharedDatabaseUrl(server: TestServer): string {
  const options = server.server.dataSource.options as { type: string; url?: string };
  return options.type === "postgres" ? options.url! : `sqlite:${path.join(server.dir, "chat.sqlite")}`;
}

/**
 * Two server processes' worth of servers (each its own Socket.IO server, HTTP port and event sinks)
 * on one database and one Redis. Their Redis keys and channels are their own: test files run in
 * parallel on the same Redis, and pub/sub channels are shared by every database number, so without
 * their own prefix the pairs would form one cluster and hear each other's rooms.
 */
export async function startTwoProcesses(env: Record<string, string> = {}): Promise<[TestServer, TestServer]> {
  const shared = { ...env, REDIS_URL: REDIS, REDIS_KEY_PREFIX: `chat-test-${randomBytes(4).toString("hex")}` };
  const first = await TestServer.start(shared);
  const second = await TestServer.start({ ...shared, DATABASE_URL: sharedDatabaseUrl(first), JWT_SECRET: first.jwtSecret });
  return [first, second];
}
