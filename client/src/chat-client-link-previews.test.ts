import { ChatClient } from "./ChatClient";
import type { LinkPreviewJson } from "@chat-app/protocol";
import type { MessageJson } from "./types";

const preview: LinkPreviewJson = {
  url: "https://example.com/a",
  title: "A page",
  description: "About it",
  image_url: "/api/messages/5/link-preview/image?exp=1&sig=s",
  site_name: "Example",
};

const message = (id: number, changes: Partial<MessageJson> = {}): MessageJson => ({
  id,
  sender_id: 1,
  receiver_id: 2,
  message_content: "see https://example.com/a",
  timestamp: new Date(1_700_000_000_000 + id).toISOString(),
  client_id: `c${id}`,
  link_preview: null,
  ...changes,
});

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));

describe("ChatClient link previews", () => {
  let client: ChatClient;
  afterEach(() => client.close());

  it("removes my message's preview with DELETE and shows the message without it", async () => {
    const requests: string[] = [];
    const fetch = (url: unknown, init?: RequestInit) => {
      requests.push(`${init?.method ?? "GET"} ${String(url)}`);
      if ((init?.method ?? "GET") === "GET") return json(200, { messages: [message(5, { link_preview: preview })], has_more: false });
      return json(200, { message: message(5) });
    };
    client = new ChatClient({ baseUrl: "http://test", token: "t", userId: 1, socketOptions: { autoConnect: false }, fetch });
    await client.loadLatest(2);
    const updates: MessageJson[] = [];
    client.on("updated", (m) => updates.push(m));
    await client.removeLinkPreview(5);
    expect(requests).toContain("DELETE http://test/api/messages/5/link-preview");
    expect(client.messagesWith(2)[0]!.link_preview).toBeNull();
    expect(updates).toHaveLength(1);
  });

  it("rejects when the server refuses, keeping the preview", async () => {
    const fetch = (_url: unknown, init?: RequestInit) =>
      (init?.method ?? "GET") === "GET"
        ? json(200, { messages: [message(5, { link_preview: preview })], has_more: false })
        : json(403, { error: "You can only remove the preview of your own messages" });
    client = new ChatClient({ baseUrl: "http://test", token: "t", userId: 1, socketOptions: { autoConnect: false }, fetch });
    await client.loadLatest(2);
    await expect(client.removeLinkPreview(5)).rejects.toMatchObject({ status: 403 });
    expect(client.messagesWith(2)[0]!.link_preview).toEqual(preview);
  });
});
