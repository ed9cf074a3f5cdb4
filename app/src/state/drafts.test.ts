import { MemoryStorage } from "@chat-app/client";
import { Drafts } from "./drafts";

describe("Drafts", () => {
  it("keeps a draft per conversation and survives a new instance (a reload)", () => {
    const storage = new MemoryStorage();
    const drafts = new Drafts(storage, "d");
    drafts.set(2, "to bob");
    drafts.set(3, "to carol");
    expect(drafts.get(2)).toBe("to bob");
    const reloaded = new Drafts(storage, "d");
    expect(reloaded.get(3)).toBe("to carol");
    expect(reloaded.get(4)).toBe("");
  });

  it("forgets a draft once it is emptied (sent)", () => {
    const storage = new MemoryStorage();
    const drafts = new Drafts(storage, "d");
    drafts.set(2, "x");
    drafts.set(2, "");
    expect(JSON.parse(storage.getItem("d")!)).toEqual({});
  });

  it("survives corrupt storage and a storage that refuses writes", () => {
    const storage = new MemoryStorage();
    storage.setItem("d", "{not json");
    const drafts = new Drafts(storage, "d");
    expect(drafts.get(2)).toBe("");
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    const inMemory = new Drafts(full, "d");
    inMemory.set(2, "still here");
    expect(inMemory.get(2)).toBe("still here");
  });
});

describe("Drafts for groups", () => {
  it("keeps a group's draft apart from the person with the same id, and reads drafts stored before groups", () => {
    const storage = new MemoryStorage();
    storage.setItem("d", JSON.stringify({ "3": "stored before groups" }));
    const drafts = new Drafts(storage, "d");
    expect(drafts.get(3)).toBe("stored before groups");
    expect(drafts.get("u:3")).toBe("stored before groups");
    drafts.set("g:3", "to the group");
    expect(drafts.get("g:3")).toBe("to the group");
    expect(drafts.get(3)).toBe("stored before groups");
  });
});
