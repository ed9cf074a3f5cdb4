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
  it("recounts unread after an insert in flight commits, so a read at that instant does not lose the new message from the count", async () => {
    const first = (await send(alice, bob, "already read")).body.message as { id: number };
    const url = (server.server.dataSource.options as { url: string }).url;
    const inFlight = new Client({ connectionString: url });
    await inFlight.connect();
    try {
      // A concurrent insert of alice→bob, as the server makes it (the lock, then the row, whose
      // trigger adds one to bob's unread), not yet committed.
      const [low, high] = [Math.min(alice.id, bob.id), Math.max(alice.id, bob.id)];
      await inFlight.query("BEGIN");
      await inFlight.query("SELECT pg_advisory_xact_lock($1, $2)", [low, high]);
      await inFlight.query(
        `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp) VALUES ($1, $2, $3, $4, gen_random_uuid()::text, 'in flight', $5)`,
        [alice.id, bob.id, low, high, Date.now()],
      );
      // Bob reads up to the first message meanwhile: the recount must wait for the insert.
      const read = server.request("POST", "/api/messages/read", { token: bob.token, body: { partner_id: alice.id, up_to_id: first.id } });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await inFlight.query("COMMIT");
      expect((await read).status).toBe(200);
    } finally {
      await inFlight.end();
    }
    const { body } = await server.request("GET", "/api/conversations", { token: bob.token });
    expect(body.conversations.find((row: { partner?: { id: number } }) => row.partner?.id === alice.id).unread_count).toBe(1);
  });

  it("never lets the changes feed pass over an edit that committed after a later one", async () => {
    const one = (await send(alice, bob, "first words")).body.message as { id: number };
    const two = (await send(alice, bob, "second words")).body.message as { id: number };
    const start = (await server.request("GET", "/api/messages/changes", { token: bob.token })).body.cursor as number;
    const url = (server.server.dataSource.options as { url: string }).url;
    const inFlight = new Client({ connectionString: url });
    await inFlight.connect();
    let first: { changes: Array<{ id: number }>; cursor: number };
    try {
      // An edit in flight, as the server makes it: the feed lock, then the update (its trigger draws
      // a feed id), not yet committed.
      await inFlight.query("BEGIN");
      await inFlight.query("SELECT pg_advisory_xact_lock(-1, 0)");
      await inFlight.query(`UPDATE messages SET content = 'first, edited late', edited_at = $1 WHERE id = $2`, [Date.now(), one.id]);
      // Meanwhile another edit (a later feed id), then a reader of the feed: both wait for the one in
      // flight. Without that, the reader would see the later edit, move its cursor past the earlier
      // id, and never see the first edit once it commits.
      const edit = server.request("PATCH", `/api/messages/${two.id}`, { token: alice.token, body: { message_content: "second, edited" } });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const read = server.request("GET", `/api/messages/changes?after=${start}`, { token: bob.token });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await inFlight.query("COMMIT");
      expect((await edit).status).toBe(200);
      first = (await read).body;
    } finally {
      await inFlight.end();
    }
    // Whatever the first read saw, the next one from its cursor brings the rest: both edits reach Bob.
    const rest = (await server.request("GET", `/api/messages/changes?after=${first.cursor}`, { token: bob.token })).body as {
      changes: Array<{ id: number }>;
    };
    expect([...first.changes, ...rest.changes].map((m) => m.id).sort((a, b) => a - b)).toEqual([one.id, two.id]);
  });
});
