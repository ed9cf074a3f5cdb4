import { settleAll } from "../call-fakes";
import { FakeJanus } from "./fake-janus";
import type { JanusEvent } from "./janus-types";
import { JanusSession, type JanusSessionOptions } from "./JanusSession";

const URL_BASE = "http://janus.test/janus";
const sessions: JanusSession[] = [];
afterEach(async () => Promise.all(sessions.splice(0).map((session) => session.close())));

async function open(janus: FakeJanus, changes: Partial<JanusSessionOptions> = {}) {
  const lost: Error[] = [];
  const session = await JanusSession.create({
    url: URL_BASE,
    token: "core-token",
    fetch: janus.fetch,
    timings: { keepaliveMs: 60_000, pollRetryMs: [5, 5] },
    lost: (error) => lost.push(error),
    ...changes,
  });
  sessions.push(session);
  return { session, lost };
}

/** Real timers, so a slow machine gets up to a second before it counts as never. */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition() && waited < 1000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
}

function fake() {
  return new FakeJanus(URL_BASE, "core-token", 77, "room-token");
}

describe("JanusSession", () => {
  it("creates a session, attaches the plugin, and gets a message's answer (same transaction) from the long poll", async () => {
    const janus = fake();
    const { session } = await open(janus);
    const handle = await session.attach("janus.plugin.videoroom");
    const reply = await handle.message({ request: "join", ptype: "publisher", room: 77, id: 1, token: "room-token" });
    expect(reply.data).toMatchObject({ videoroom: "joined", room: 77, id: 1 });
    const [create, attach, message] = janus.requests.filter((request) => request.method === "POST");
    expect(create).toMatchObject({ url: URL_BASE, body: { janus: "create", token: "core-token" } });
    expect(attach).toMatchObject({ url: `${URL_BASE}/${session.id}`, body: { janus: "attach", plugin: "janus.plugin.videoroom" } });
    expect(message).toMatchObject({ url: `${URL_BASE}/${session.id}/${handle.id}`, body: { janus: "message", body: { request: "join" } } });
    expect(typeof message?.body?.transaction).toBe("string");
  });

  it("sends the core token in every request: each POST's body and each long poll's query", async () => {
    const janus = fake();
    const { session } = await open(janus);
    const handle = await session.attach("janus.plugin.videoroom");
    await handle.message({ request: "join", ptype: "publisher", room: 77, id: 1, token: "room-token" });
    await handle.trickle({ candidate: "candidate:1", sdpMid: "0", sdpMLineIndex: 0 });
    await handle.trickle(null);
    await session.close();
    const posts = janus.requests.filter((request) => request.method === "POST");
    const polls = janus.requests.filter((request) => request.method === "GET");
    expect(posts.map((request) => request.body?.janus)).toEqual(["create", "attach", "message", "trickle", "trickle", "detach", "destroy"]);
    expect(posts.every((request) => request.body?.token === "core-token")).toBe(true);
    expect(polls.length).toBeGreaterThan(0);
    for (const poll of polls) {
      const query = new URL(poll.url).searchParams;
      expect([query.get("token"), query.get("maxev")]).toEqual(["core-token", "10"]);
      expect(query.get("rid")).toMatch(/^\d+$/);
    }
    expect(posts[4]?.body?.candidate).toEqual({ completed: true });
  });

  it("delivers events Janus sends on its own to the handle they name (sender)", async () => {
    const janus = fake();
    const { session } = await open(janus);
    const first = await session.attach("janus.plugin.videoroom");
    const second = await session.attach("janus.plugin.videoroom");
    const heard: [number, JanusEvent][] = [];
    first.onevent = (event) => heard.push([first.id, event]);
    second.onevent = (event) => heard.push([second.id, event]);
    janus.sessions.get(session.id)?.handles.get(second.id)?.push({ videoroom: "event", leaving: 5 });
    await settleAll();
    expect(heard).toEqual([[second.id, { janus: "event", data: { videoroom: "event", leaving: 5 } }]]);
  });

  it("rejects a message the plugin refuses (error_code) with the code", async () => {
    const janus = fake();
    const { session } = await open(janus);
    const handle = await session.attach("janus.plugin.videoroom");
    await expect(handle.message({ request: "join", ptype: "publisher", room: 77, id: 1, token: "wrong" })).rejects.toMatchObject({ code: 433 });
  });

  it("gives up waiting for an answer Janus never sends", async () => {
    const janus = fake();
    janus.videoroom.beforeMessage = () => "drop";
    const { session, lost } = await open(janus, { timings: { keepaliveMs: 60_000, pollRetryMs: [5], answerTimeoutMs: 20 } });
    const handle = await session.attach("janus.plugin.videoroom");
    await expect(handle.message({ request: "configure", restart: true })).rejects.toThrow("Janus did not answer message in time");
    expect(lost).toEqual([]);
  });

  it("retries a failed long poll after a wait and goes on delivering", async () => {
    const janus = fake();
    janus.failPolls = 2;
    const { session, lost } = await open(janus);
    const handle = await session.attach("janus.plugin.videoroom");
    const reply = await handle.message({ request: "join", ptype: "publisher", room: 77, id: 1, token: "room-token" });
    expect(reply.data.videoroom).toBe("joined");
    expect(janus.polls).toBeGreaterThanOrEqual(3);
    expect(lost).toEqual([]);
  });

  it("gives the session up as lost once the retries are used up", async () => {
    const janus = fake();
    janus.failPolls = 10;
    const { lost } = await open(janus);
    await waitFor(() => lost.length > 0);
    expect(lost).toHaveLength(1);
    expect(janus.polls).toBe(3);
  });

  it("reports the session lost when Janus no longer knows it (a poll's 404)", async () => {
    const janus = fake();
    const { session, lost } = await open(janus);
    janus.dropSession(session.id);
    await settleAll();
    expect(lost.map((error) => error.message)).toEqual(["Janus 458: No such session"]);
    expect(session.closed).toBe(true);
  });

  it("sends keepalives, and a keepalive answered with error 458 means lost", async () => {
    const janus = fake();
    const { session, lost } = await open(janus, { timings: { keepaliveMs: 10, pollRetryMs: [5] } });
    await waitFor(() => janus.requests.filter((request) => request.body?.janus === "keepalive").length >= 2);
    const keepalives = janus.requests.filter((request) => request.body?.janus === "keepalive");
    expect(keepalives.length).toBeGreaterThanOrEqual(2);
    expect(keepalives[0]).toMatchObject({ url: `${URL_BASE}/${session.id}`, body: { token: "core-token" } });
    // The poll is held and never answers, so only the keepalive can find out.
    janus.sessions.delete(session.id);
    await waitFor(() => lost.length > 0);
    expect(lost).toHaveLength(1);
  });

  it("closing detaches every handle, then destroys the session and stops polling", async () => {
    const janus = fake();
    const { session } = await open(janus);
    const handles = [await session.attach("janus.plugin.videoroom"), await session.attach("janus.plugin.videoroom")];
    await session.close();
    const tail = janus.requests.filter((request) => request.method === "POST").slice(-3);
    expect(tail.map((request) => [request.body?.janus, request.url])).toEqual([
      ["detach", `${URL_BASE}/${session.id}/${handles[0]?.id}`],
      ["detach", `${URL_BASE}/${session.id}/${handles[1]?.id}`],
      ["destroy", `${URL_BASE}/${session.id}`],
    ]);
    const polls = janus.polls;
    await settleAll();
    expect(janus.polls).toBe(polls);
    expect(janus.sessions.size).toBe(0);
  });
});
