import type { MessageJson, OutboxEntry } from "@chat-app/client";
import { t } from "../i18n/i18n";
import { toChatMessages } from "./messages";

const ME = 1;
const msg = (id: number, from: number, text: string, clientId = `c${id}`): MessageJson => ({
  id,
  sender_id: from,
  receiver_id: from === ME ? 2 : ME,
  message_content: text,
  timestamp: "2026-11-25T10:00:00.000Z",
  client_id: clientId,
});
const entry = (clientId: string, text: string, createdAt: number, failed?: string): OutboxEntry => ({
  client_id: clientId,
  receiver_id: 2,
  message_content: text,
  created_at: createdAt,
  failed,
});

describe("toChatMessages", () => {
  it("shows server messages in order, own ones as sent, then the outbox as sending or failed", () => {
    const server = [msg(1, 2, "hi"), msg(2, ME, "hello")];
    const pending = [entry("p2", "second", 20, "message_content must not be empty"), entry("p1", "first", 10)];
    const out = toChatMessages(server, pending, ME, t);
    expect(out.map((m) => [m.text, m.status])).toEqual([
      ["hi", undefined],
      ["hello", "sent"],
      ["first", "sending"],
      ["second", "failed"],
    ]);
    expect(out[2]!.id).toBe("p1");
  });

  it("says why an outbox entry failed and whether Retry can help", () => {
    const refused: OutboxEntry = {
      ...entry("p1", "hi", 1, "Receiver not found"),
      failure: { reason: "no_such_person", retryable: false, message: "Receiver not found", status: 404 },
    };
    const throttled: OutboxEntry = {
      ...entry("p2", "again", 2),
      failure: { reason: "rate_limited", retryable: true, message: "Too many requests, retry in 1 s", status: 429 },
    };
    const out = toChatMessages([], [refused, throttled, entry("p3", "old", 3, "something")], ME, t);
    expect(out.map((m) => [m.status, m.failureReason, m.retryable])).toEqual([
      ["failed", "This person doesn't exist", false],
      ["failed", "Too many messages, try again in a moment", true],
      ["failed", "Not sent", true],
    ]);
  });

  it("keys own messages by client_id, so a row keeps its identity from sending to sent", () => {
    const sending = toChatMessages([], [entry("abc", "hey", 1)], ME, t);
    const sent = toChatMessages([msg(5, ME, "hey", "abc")], [], ME, t);
    expect(sending[0]!.id).toBe("abc");
    expect(sent[0]!.id).toBe("abc");
    expect(sent[0]!.status).toBe("sent");
  });

  it("never shows a message twice when the acknowledgement and the outbox overlap", () => {
    const out = toChatMessages([msg(5, ME, "hey", "abc")], [entry("abc", "hey", 1)], ME, t);
    expect(out).toHaveLength(1);
  });

  it("returns the same objects for unchanged server messages (memoized rows)", () => {
    const server = [msg(1, 2, "a"), msg(2, 2, "b")];
    const first = toChatMessages(server, [], ME, t);
    const second = toChatMessages([...server, msg(3, 2, "c")], [], ME, t);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
  });

  it("keeps markup as plain text", () => {
    const out = toChatMessages([msg(1, 2, "<img src=x onerror=alert(1)>")], [], ME, t);
    expect(out[0]!.text).toBe("<img src=x onerror=alert(1)>");
  });

  it("shows receipts as ticks, and a new object only for the rows whose status changed", () => {
    const server = [msg(1, ME, "a"), msg(2, ME, "b"), msg(3, 2, "theirs")];
    let readUpTo = 0;
    const deliveredUpTo = 2;
    const statusOf = (m: MessageJson) => (m.id <= readUpTo ? "read" : m.id <= deliveredUpTo ? "delivered" : "sent");
    const first = toChatMessages(server, [], ME, t, statusOf);
    expect(first.map((m) => m.status)).toEqual(["delivered", "delivered", undefined]);
    readUpTo = 1;
    const second = toChatMessages(server, [], ME, t, statusOf);
    expect(second.map((m) => m.status)).toEqual(["read", "delivered", undefined]);
    expect(second[0]).not.toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).toBe(first[2]);
  });

  it("marks edited and deleted messages", () => {
    const edited = { ...msg(1, 2, "fixed"), edited_at: "2026-11-25T10:01:00.000Z", deleted_at: null };
    const deleted = { ...msg(2, 2, ""), edited_at: null, deleted_at: "2026-11-25T10:02:00.000Z" };
    const out = toChatMessages([edited, deleted, msg(3, 2, "plain")], [], ME, t);
    expect(out.map((m) => [m.edited, m.deleted])).toEqual([
      [true, undefined],
      [undefined, true],
      [undefined, undefined],
    ]);
  });

  it("passes a group notice on as a system row worded for the reader, without a status even when it is one's own", () => {
    const notice: MessageJson = {
      ...msg(5, ME, "alice added bob"),
      receiver_id: null,
      group_id: 3,
      kind: "system",
      notice: { event: "added", actor: { id: ME, username: "alice" }, users: [{ id: 2, username: "bob" }] },
    };
    const [row] = toChatMessages([notice], [], ME, t, () => "read");
    expect(row).toMatchObject({ id: 5, kind: "system", text: "You added bob", status: undefined });
  });

  it("passes a message's attachments on as they came, and none for a message without", () => {
    const photo = {
      id: 7,
      kind: "image" as const,
      name: "beach.jpg",
      size: 1000,
      content_type: "image/jpeg",
      url: "/a/7",
      thumbnail_url: "/t/7",
      width: 4,
      height: 3,
      created_at: "2026-11-25T10:00:00.000Z",
    };
    const [withFiles, without] = toChatMessages(
      [
        { ...msg(1, 2, ""), attachments: [photo] },
        { ...msg(2, 2, "hi"), attachments: [] },
      ],
      [],
      ME,
      t,
    );
    expect(withFiles?.attachments).toEqual([photo]);
    expect(without?.attachments).toBeUndefined();
  });

  it("names the files of a queued message sent without text until the server has them", () => {
    const queued: OutboxEntry = {
      ...entry("f1", "", 5),
      attachments: [
        { local_id: "a", name: "beach.jpg", size: 10, type: "image/jpeg" },
        { local_id: "b", name: "plan.pdf", size: 5, type: "application/pdf" },
      ],
    };
    const [row] = toChatMessages([], [queued], ME, t);
    expect(row).toMatchObject({ text: "📎 beach.jpg\n📎 plan.pdf", status: "sending" });
  });

  it("passes pins, forwards and mentions on in the kit's names", () => {
    const forwarded = {
      ...msg(1, 2, "look @ada"),
      pinned: true,
      forwarded_from: { sender_id: 3, sent_at: "2026-11-24T10:00:00.000Z" },
      mentions: [ME],
    };
    const [row, plain] = toChatMessages([forwarded, { ...msg(2, 2, "plain"), pinned: false, forwarded_from: null, mentions: [] }], [], ME, t);
    expect(row).toMatchObject({ pinned: true, forwarded: { authorId: 3 }, mentions: [ME] });
    expect(plain!.pinned).toBeUndefined();
    expect(plain!.forwarded).toBeUndefined();
    expect(plain!.mentions).toBeUndefined();
  });

  it("passes the server's link preview on in the kit's names, a new one as message:updated brings it, none once deleted", () => {
    const link_preview = {
      url: "https://example.com/",
      title: "Example",
      description: null,
      image_url: "/api/messages/1/link-preview/image?exp=9&sig=s",
      site_name: "Ex",
    };
    const plain = { ...msg(1, 2, "https://example.com/"), link_preview: null };
    expect(toChatMessages([plain], [], ME, t)[0]!.linkPreview).toBeUndefined();
    const [row] = toChatMessages([{ ...plain, link_preview }], [], ME, t);
    expect(row!.linkPreview).toEqual({
      url: "https://example.com/",
      title: "Example",
      description: undefined,
      imageUrl: "/api/messages/1/link-preview/image?exp=9&sig=s",
      siteName: "Ex",
    });
    const deleted = { ...plain, link_preview, deleted_at: "2026-11-25T10:01:00.000Z" };
    expect(toChatMessages([deleted], [], ME, t)[0]!.linkPreview).toBeUndefined();
  });
});
