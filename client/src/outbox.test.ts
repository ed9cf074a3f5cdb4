import { parseKey } from "./keys";
import { entryKey, Outbox, type OutboxEntry } from "./outbox";
import { MemoryStorage } from "./types";

describe("Outbox", () => {
  it("keeps entries for people and for groups, in order, across a reload", () => {
    const storage = new MemoryStorage();
    const outbox = new Outbox(storage, "o");
    outbox.add({ client_id: "a", receiver_id: 2, message_content: "to bob", created_at: 1 });
    outbox.add({ client_id: "b", group_id: 2, message_content: "to the group", created_at: 2 });
    const reloaded = new Outbox(storage, "o");
    expect(reloaded.all().map((e) => [e.client_id, entryKey(e)])).toEqual([
      ["a", "u:2"],
      ["b", "g:2"],
    ]);
  });

  it("loads entries persisted before groups (receiver_id only) and leaves out unusable ones", () => {
    const storage = new MemoryStorage();
    const old: OutboxEntry = { client_id: "old", receiver_id: 7, message_content: "from before", created_at: 5, failed: undefined };
    storage.setItem(
      "o",
      JSON.stringify([
        old,
        { client_id: "nulls", receiver_id: 8, group_id: null, message_content: "x", created_at: 6 },
        { client_id: "nobody", message_content: "lost", created_at: 7 },
        { client_id: "both", receiver_id: 1, group_id: 1, message_content: "?", created_at: 8 },
        { receiver_id: 1, message_content: "no id", created_at: 9 },
        "junk",
      ]),
    );
    const outbox = new Outbox(storage, "o");
    expect(outbox.pending().map((e) => [e.client_id, entryKey(e)])).toEqual([
      ["old", "u:7"],
      ["nulls", "u:8"],
    ]);
  });
});

describe("Outbox entries with files", () => {
  it("keeps their files (and ids once uploaded) across a reload, text empty or not; leaves out entries with unusable files", () => {
    const storage = new MemoryStorage();
    const outbox = new Outbox(storage, "o");
    const photo = { local_id: "l1", name: "p.png", size: 3, type: "image/png" };
    outbox.add({ client_id: "a", receiver_id: 2, message_content: "", created_at: 1, attachments: [photo, { ...photo, local_id: "l2" }] });
    expect(outbox.uploaded("l2", 41)).toBe(true);
    expect(outbox.uploaded("nowhere", 1)).toBe(false);
    expect(new Outbox(storage, "o").all()[0]?.attachments).toEqual([photo, { ...photo, local_id: "l2", attachment_id: 41 }]);

    storage.setItem(
      "o",
      JSON.stringify([
        { client_id: "ok", group_id: 1, message_content: "", created_at: 1, attachments: [photo] },
        { client_id: "bad-list", group_id: 1, message_content: "", created_at: 2, attachments: "p.png" },
        { client_id: "bad-file", group_id: 1, message_content: "", created_at: 3, attachments: [{ name: "p.png" }] },
        { client_id: "bad-id", group_id: 1, message_content: "", created_at: 4, attachments: [{ ...photo, attachment_id: -1 }] },
      ]),
    );
    expect(new Outbox(storage, "o").all().map((e) => e.client_id)).toEqual(["ok"]);
  });
});

describe("conversation keys", () => {
  it("parses only well-formed keys", () => {
    expect(parseKey("u:5")).toBe("u:5");
    expect(parseKey("g:12")).toBe("g:12");
    for (const bad of ["5", "x:5", "g:", "g:0", "g:-1", "u:1.5", "g:5 ", 5, null]) expect(parseKey(bad)).toBeNull();
  });
});

describe("Outbox replies", () => {
  it("keeps what an entry answers across a reload, and leaves out entries with an unusable one", () => {
    const storage = new MemoryStorage();
    const outbox = new Outbox(storage, "o");
    outbox.add({ client_id: "a", receiver_id: 2, message_content: "yes", created_at: 1, reply_to_id: 41 });
    storage.setItem(
      "o",
      JSON.stringify([
        ...(JSON.parse(storage.getItem("o")!) as unknown[]),
        { client_id: "b", receiver_id: 2, message_content: "?", created_at: 2, reply_to_id: "x" },
      ]),
    );
    expect(new Outbox(storage, "o").all()).toEqual([expect.objectContaining({ client_id: "a", reply_to_id: 41 })]);
  });
});
