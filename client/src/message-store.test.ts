import { groupKey, userKey } from "./keys";
import { MessageStore } from "./message-store";
import type { MessageJson } from "./types";

const message = (id: number, content = `m${id}`, changes: Partial<MessageJson> = {}): MessageJson => ({
  id,
  sender_id: 2,
  receiver_id: 1,
  message_content: content,
  timestamp: new Date(1_700_000_000_000 + id).toISOString(),
  client_id: `c${id}`,
  ...changes,
});

describe("MessageStore", () => {
  const key = userKey(2);

  it("keeps each message once, in id order, whatever order they arrive in", () => {
    const store = new MessageStore();
    for (const id of [5, 2, 9, 2, 7, 5]) store.add(key, message(id));
    expect(store.list(key).map((m) => m.id)).toEqual([2, 5, 7, 9]);
    expect(store.add(key, message(7))).toBe(false);
  });

  it("hands out the same snapshot until that conversation changes", () => {
    const store = new MessageStore();
    store.add(key, message(1));
    const before = store.list(key);
    store.add(groupKey(3), message(2, "elsewhere", { group_id: 3, receiver_id: null }));
    expect(store.list(key)).toBe(before);
    store.add(key, message(3));
    expect(store.list(key)).not.toBe(before);
    expect(before.map((m) => m.id)).toEqual([1]);
  });

  it("replaces an edited copy, and tells apart news from repeats", () => {
    const store = new MessageStore();
    store.add(key, message(1));
    const before = store.list(key);
    expect(store.update(key, message(1))).toBe(false);
    expect(store.list(key)).toBe(before);
    expect(store.update(key, message(1, "edited", { edited_at: "2026-01-01T00:00:00.000Z" }))).toBe(true);
    expect(store.list(key)[0]!.message_content).toBe("edited");
    // A change to a message never loaded here is news; one seen elsewhere but not stored is not.
    expect(store.update(userKey(4), message(50))).toBe(true);
  });

  it("knows a conversation opened without messages", () => {
    const store = new MessageStore();
    expect(store.has(key)).toBe(false);
    store.open(key);
    expect(store.has(key)).toBe(true);
    expect(store.list(key)).toEqual([]);
    expect(store.keys()).toEqual([key]);
  });
});

describe("MessageStore reactions and windows", () => {
  const key = userKey(2);
  const thumbs = [{ emoji: "👍", count: 1, me: true, user_ids: [1] }];

  it("puts a message's reactions into its stored copy, in whichever conversation holds it", () => {
    const store = new MessageStore();
    store.add(key, message(1));
    const before = store.list(key);
    expect(store.setReactions(1, thumbs)).toMatchObject({ key, message: { id: 1, reactions: thumbs } });
    expect(store.list(key)).not.toBe(before);
    expect(store.list(key)[0]!.reactions).toEqual(thumbs);
    expect(store.setReactions(99, thumbs)).toBeUndefined();
  });

  it("sees a pushed copy with other reactions or another quote as news", () => {
    const store = new MessageStore();
    store.add(key, message(1));
    expect(store.update(key, message(1, "m1", { reactions: thumbs }))).toBe(true);
    expect(store.update(key, message(1, "m1", { reactions: thumbs }))).toBe(false);
    expect(store.update(key, message(1, "m1", { reactions: thumbs, reply_to: { id: 0, sender_id: 2, excerpt: "", deleted: true } }))).toBe(true);
  });

  it("sees a pushed copy whose link preview came or went as news (message:updated brings previews)", () => {
    const store = new MessageStore();
    const preview = { url: "https://example.com/", title: "Example", description: null, image_url: null, site_name: null };
    store.add(key, message(1, "https://example.com/", { link_preview: null }));
    expect(store.update(key, message(1, "https://example.com/", { link_preview: preview }))).toBe(true);
    expect(store.list(key)[0]!.link_preview).toEqual(preview);
    expect(store.update(key, message(1, "https://example.com/", { link_preview: preview }))).toBe(false);
    expect(store.update(key, message(1, "https://example.com/", { link_preview: null }))).toBe(true);
  });

  it("replaces a conversation's window, forgetting the messages dropped so they can be loaded again", () => {
    const store = new MessageStore();
    for (const id of [50, 51, 52]) store.add(key, message(id));
    store.replace(key, [message(3), message(1), message(2)]);
    expect(store.list(key).map((m) => m.id)).toEqual([1, 2, 3]);
    expect(store.hasSeen(50)).toBe(false);
    expect(store.add(key, message(50))).toBe(true);
  });
});
