import { Client } from "pg";
import { TestServer, type TestUser } from "../helpers/test-server";

/**
 * Catch-up asks for "messages after the newest id I hold", which is only safe if, within a
 * conversation, a message never becomes visible after one with a higher id. On PostgreSQL that takes
 * a per-conversation lock around drawing the id and committing (SQLite has a single writer).
 */
const onPostgres = process.env.TEST_DATABASE_URL?.startsWith("postgres") ?? false;

(onPostgres ? describe : describe.skip)("message ids and commits follow the same order (PostgreSQL)", () => {
  let server: TestServer;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;

  beforeAll(async () => {
    server = await TestServer.start();
    [alice, bob, carol] = await Promise.all([server.register("alice"), server.register("bob"), server.register("carol")]);
  });
  afterAll(() => server.close());

  const send = (from: TestUser, to: TestUser, text: string) =>
    server.request("POST", "/api/messages/send", { token: from.token, body: { receiver_id: to.id, message_content: text } });

  it("makes a send wait while another send of the same conversation is between drawing its id and committing", async () => {
    const url = (server.server.dataSource.options as { url: string }).url;
    const inFlight = new Client({ connectionString: url });
    await inFlight.connect();
    try {
      // Stand in for a concurrent insert of alice↔bob that has drawn its id but not yet committed.
      await inFlight.query("BEGIN");
      await inFlight.query("SELECT pg_advisory_xact_lock($1, $2)", [Math.min(alice.id, bob.id), Math.max(alice.id, bob.id)]);
      let settled = false;
      const blocked = send(alice, bob, "waits its turn").then((response) => {
        settled = true;
        return response;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(settled).toBe(false);
      // Other conversations are not held up.
      expect((await send(alice, carol, "not blocked")).status).toBe(201);
      await inFlight.query("COMMIT");
      expect((await blocked).status).toBe(201);
    } finally {
      await inFlight.end();
    }
  });
});
