import type { AttachmentJson, MessageJson } from "@chat-app/protocol";
import { notificationFor } from "./push-payload";

const message = (overrides: Partial<MessageJson>): MessageJson => ({
  id: 7,
  sender_id: 2,
  receiver_id: 3,
  group_id: null,
  message_content: "hi",
  timestamp: new Date(0).toISOString(),
  client_id: "c",
  edited_at: null,
  deleted_at: null,
  kind: "text",
  notice: null,
  attachments: [],
  reply_to: null,
  reactions: [],
  mentions: [],
  forwarded_from: null,
  pinned: false,
  link_preview: null,
  ...overrides,
});
const file = (kind: AttachmentJson["kind"], name = "a.bin"): AttachmentJson => ({
  id: 1,
  kind,
  name,
  size: 1,
  content_type: "x/y",
  url: "/u",
  created_at: new Date(0).toISOString(),
});
const names = { sender: "bob", group: "Hikers" };

describe("notificationFor", () => {
  it("a direct message: the sender, the text, the conversation from the recipient's side, high urgency", () => {
    expect(notificationFor(message({}), names, true)).toEqual({
      payload: { title: "bob", body: "hi", tag: "conversation:user:2", url: "/chat/2", conversation: { user_id: 2 }, message_id: 7 },
      ttlSeconds: 86400,
      urgency: "high",
      topic: "u2",
    });
  });

  it("a group message: titled with the group, normal urgency, the group's topic", () => {
    const notification = notificationFor(message({ receiver_id: null, group_id: 5 }), names, true);
    expect(notification).toMatchObject({ urgency: "normal", topic: "g5" });
    expect(notification.payload).toMatchObject({
      title: "bob in Hikers",
      tag: "conversation:group:5",
      url: "/group/5",
      conversation: { group_id: 5 },
    });
  });

  it("previews off: neither sender nor text nor group name", () => {
    const { payload } = notificationFor(message({ group_id: 5, receiver_id: null, message_content: "secret" }), names, false);
    expect([payload.title, payload.body]).toEqual(["Chat", "New message"]);
    expect(JSON.stringify(payload)).not.toMatch(/secret|bob|Hikers/);
  });

  it("files alone say what they are; long text is cut by code point, never inside an emoji", () => {
    const body = (overrides: Partial<MessageJson>) => notificationFor(message({ message_content: "", ...overrides }), names, true).payload.body;
    expect(body({ attachments: [file("image")] })).toBe("Photo");
    expect(body({ attachments: [file("audio")] })).toBe("Voice message");
    expect(body({ attachments: [file("file", "plan.pdf")] })).toBe("File: plan.pdf");
    expect(body({ attachments: [file("image"), file("file")] })).toBe("2 attachments");
    const long = body({ message_content: "😀".repeat(300) });
    expect(Array.from(long)).toHaveLength(180);
    expect(long.endsWith("😀…")).toBe(true);
    expect(body({ message_content: "  a \n\n b  " })).toBe("a b");
  });
});
