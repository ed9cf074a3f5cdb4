import jwt from "jsonwebtoken";
import type { Socket } from "socket.io-client";
import { nextEvent, type TestUser, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob },
} = useTestServer(["alice", "bob"]);

/** The contract: a revoked session's sockets are gone within a second. */
const REVOCATION_DEADLINE_MS = 1000;

async function logIn(user: TestUser): Promise<string> {
  const response = await server.request("POST", "/api/login", { body: { username: user.username, password: user.password } });
  expect(response.status).toBe(200);
  return response.body.token as string;
}

const sidOf = (token: string) => (jwt.decode(token) as { sid: number }).sid;

/** Until the server holds no socket of that session (it has seen the transport go). */
async function serverLetGo(sessionId: number): Promise<void> {
  while ((await server.server.io.in(`session:${sessionId}`).fetchSockets()).length > 0) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Drops the connection under the socket the way a network blip does, so the server keeps its state for recovery. */
async function blip(socket: Socket, sessionId: number): Promise<void> {
  const gone = nextEvent<string>(socket, "disconnect");
  socket.io.engine.close();
  await gone;
  await serverLetGo(sessionId);
}

describe("revoking a session", () => {
  it("disconnects that session's sockets within a second; other sessions' sockets stay", async () => {
    const phone = await logIn(alice);
    const [phoneTab1, phoneTab2, laptopTab, bobTab] = await Promise.all([
      server.connect(phone),
      server.connect(phone),
      server.connect(alice.token),
      server.connect(bob.token),
    ]);
    const phoneGone = [phoneTab1, phoneTab2].map((socket) => nextEvent<string>(socket, "disconnect", REVOCATION_DEADLINE_MS));
    const strays: string[] = [];
    for (const socket of [laptopTab, bobTab]) socket.on("disconnect", (reason) => strays.push(reason));

    expect((await server.request("DELETE", `/api/sessions/${sidOf(phone)}`, { token: alice.token })).status).toBe(204);
    await Promise.all(phoneGone);
    expect([phoneTab1.connected, phoneTab2.connected]).toEqual([false, false]);

    // The others still work: a message from alice's laptop reaches bob live.
    const received = nextEvent<{ message_content: string }>(bobTab, "message:new");
    const sent = await server.request("POST", "/api/messages/send", {
      token: alice.token,
      body: { receiver_id: bob.id, message_content: "still here" },
    });
    expect(sent.status).toBe(201);
    expect((await received).message_content).toBe("still here");
    expect([laptopTab.connected, bobTab.connected, strays]).toEqual([true, true, []]);
    // And the revoked token cannot open a new one.
    await expect(server.connect(phone)).rejects.toThrow("Invalid or expired token");
    laptopTab.disconnect();
    bobTab.disconnect();
  });

  it("revoke-others disconnects every other session's sockets, not the caller's", async () => {
    const carol = await server.register("carol");
    const [other1, other2, keep] = [await logIn(carol), await logIn(carol), await logIn(carol)];
    const [socket1, socket2, kept] = await Promise.all([server.connect(other1), server.connect(other2), server.connect(keep)]);
    const gone = [socket1, socket2].map((socket) => nextEvent<string>(socket, "disconnect", REVOCATION_DEADLINE_MS));
    const response = await server.request("POST", "/api/sessions/revoke-others", { token: keep });
    expect(response.body).toEqual({ revoked: 3 });
    await Promise.all(gone);
    expect(kept.connected).toBe(true);
    kept.disconnect();
  });

  it("also stops a socket that resumes after a blip (connection state recovery)", async () => {
    const tablet = await logIn(alice);
    const socket = await server.connect(tablet);
    // Recovery resumes from the last broadcast the socket had: give it one.
    const first = nextEvent(socket, "message:new");
    const sent = await server.request("POST", "/api/messages/send", { token: bob.token, body: { receiver_id: alice.id, message_content: "hi" } });
    expect(sent.status).toBe(201);
    await first;

    // Without a revocation, the blip is recovered: the socket comes back as itself.
    await blip(socket, sidOf(tablet));
    socket.connect();
    await nextEvent(socket, "connect");
    expect(socket.recovered).toBe(true);

    // Revoked while the socket was away (in no room to be disconnected through): the resume is refused,
    // every time, though the server still holds the state it could resume from.
    await blip(socket, sidOf(tablet));
    expect((await server.request("DELETE", `/api/sessions/${sidOf(tablet)}`, { token: alice.token })).status).toBe(204);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const refused = nextEvent<Error>(socket, "connect_error");
      socket.connect();
      expect((await refused).message).toBe("Invalid or expired token");
      expect(socket.connected).toBe(false);
    }
  });
});
