import type { AttachmentJson } from "@chat-app/protocol";
import { groupKey, userKey } from "../keys";
import { MessageStore } from "../message-store";
import type { MessageJson } from "../types";
import { attachmentExpiresAt } from "./attachment-expiry";

const file = (id: number, exp: number): AttachmentJson => ({
  id,
  kind: "image",
  name: `${id}.png`,
  size: 10,
  content_type: "image/png",
  url: `/api/attachments/${id}/content?exp=${exp}&sig=a`,
  thumbnail_url: `/api/attachments/${id}/thumbnail?exp=${exp - 5}&sig=b`,
  created_at: "2026-12-01T00:00:00.000Z",
});

const message = (id: number, attachments: AttachmentJson[]): MessageJson => ({
  id,
  sender_id: 2,
  receiver_id: 1,
  message_content: "",
  timestamp: "2026-12-01T00:00:00.000Z",
  client_id: `c${id}`,
  attachments,
});

describe("MessageStore.replaceAttachment", () => {
  it("puts fresh links into every message holding the attachment, in new snapshots, leaving others alone", () => {
    const store = new MessageStore();
    store.add(userKey(2), message(1, [file(10, 100), file(11, 100)]));
    store.add(userKey(2), message(2, [file(12, 100)]));
    store.add(groupKey(3), message(3, []));
    const [direct, group] = [store.list(userKey(2)), store.list(groupKey(3))];

    const fresh = file(11, 5000);
    const replaced = store.replaceAttachment(fresh);
    expect(replaced.map((r) => [r.key, r.message.id])).toEqual([["u:2", 1]]);
    expect(store.list(userKey(2))).not.toBe(direct);
    expect(store.list(userKey(2))[0]?.attachments?.map((a) => a.url)).toEqual([file(10, 100).url, fresh.url]);
    expect(store.list(userKey(2))[1]).toBe(direct[1]);
    expect(store.list(groupKey(3))).toBe(group);
    expect(store.replaceAttachment(file(99, 1))).toEqual([]);
  });
});

describe("attachmentExpiresAt", () => {
  it("is the first of its links' expiries, in ms", () => {
    expect(attachmentExpiresAt(file(1, 100))).toBe(95_000);
    expect(attachmentExpiresAt({ url: "/x" })).toBeUndefined();
  });
});
