import type { AccountExportJson } from "@chat-app/protocol";
import { useTestServer } from "../helpers/test-server";

const { server } = useTestServer([], { REQUESTS_PER_USER_PER_SECOND: "1000" });

const send = (token: string, body: Record<string, unknown>) => server.request("POST", "/api/messages/send", { token, body });

/** The export as the bytes arrived: how many chunks, and the parsed document. */
async function exportOf(token: string): Promise<{ status: number; headers: Headers; chunks: number; document: AccountExportJson }> {
  const response = await fetch(`${server.url}/api/me/export`, { headers: { authorization: `Bearer ${token}` } });
  let chunks = 0;
  let text = "";
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks += 1;
    text += decoder.decode(read.value, { stream: true });
  }
  return { status: response.status, headers: response.headers, chunks, document: JSON.parse(text) as AccountExportJson };
}

describe("GET /api/me/export", () => {
  it("holds the profile, sessions, blocks, groups and every message both ways, with attachments' metadata and links", async () => {
    const alice = await server.register("alice");
    const bob = await server.register("bob");
    const carol = await server.register("carol");
    const mallory = await server.register("mallory");
    await server.request("PUT", `/api/blocks/${mallory.id}`, { token: alice.token });
    const upload = await server.upload(alice.token, new Uint8Array(1000).fill(3), "plan.bin");
    const withFile = await send(alice.token, { receiver_id: bob.id, message_content: "the plan", attachment_ids: [upload.body.attachment.id] });
    const reply = await send(bob.token, { receiver_id: alice.id, message_content: "got it" });
    const group = await server.request("POST", "/api/groups", { token: bob.token, body: { name: "Trio", member_ids: [alice.id, carol.id] } });
    const inGroup = await send(carol.token, { group_id: group.body.group.id, message_content: "hello trio" });
    const elsewhere = await send(bob.token, { receiver_id: carol.id, message_content: "not alice's business" });

    const { status, headers, document } = await exportOf(alice.token);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/json/);
    expect(headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="chat-export-${alice.username}-\\d{4}-\\d{2}-\\d{2}\\.json"$`),
    );
    expect(document.profile).toMatchObject({ id: alice.id, username: alice.username, email: alice.email });
    expect(document.sessions).toEqual([expect.objectContaining({ current: true })]);
    expect(document.blocks.map((block) => block.user.id)).toEqual([mallory.id]);
    expect(document.groups).toEqual([expect.objectContaining({ id: group.body.group.id, name: "Trio", role: "member" })]);
    expect(document.conversations.length).toBe(2);
    const ids = document.messages.map((message) => message.id);
    expect(ids).toEqual(expect.arrayContaining([withFile.body.message.id, reply.body.message.id, inGroup.body.message.id]));
    expect(ids).not.toContain(elsewhere.body.message.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const file = document.messages.find((message) => message.id === withFile.body.message.id)!.attachments[0]!;
    expect(file).toMatchObject({ name: "plan.bin", size: 1000, content_type: "application/octet-stream" });
    const download = await server.fetchBytes("GET", file.url);
    expect([download.status, download.bytes.length]).toEqual([200, 1000]);
  });

  it("allows one export a minute per person (429)", async () => {
    const dave = await server.register("dave");
    expect((await exportOf(dave.token)).status).toBe(200);
    const again = await server.request("GET", "/api/me/export", { token: dave.token });
    expect(again.status).toBe(429);
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });

  it("needs a token", async () => {
    expect((await server.request("GET", "/api/me/export")).status).toBe(401);
  });

  it("streams a long history: 5,000 messages arrive complete, in many chunks, read a page at a time", async () => {
    const erin = await server.register("erin");
    const frank = await server.register("frank");
    const senders = [erin, frank];
    for (let start = 0; start < 5000; start += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => {
          const n = start + i;
          const from = senders[n % 2]!;
          return send(from.token, { receiver_id: (from === erin ? frank : erin).id, message_content: `message ${n}` });
        }),
      );
    }
    const { status, chunks, document } = await exportOf(erin.token);
    expect(status).toBe(200);
    expect(document.messages.length).toBe(5000);
    expect(new Set(document.messages.map((message) => message.message_content)).size).toBe(5000);
    // Ten pages of 500, each written when read: the body cannot come as one piece.
    expect(chunks).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
