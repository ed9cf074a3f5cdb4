import "fake-indexeddb/auto";
import { IndexedDbPendingFileStore } from "./pending-file-store";

// fake-indexeddb is an in-memory implementation of the IndexedDB API; the browser test covers the real one.
describe("IndexedDbPendingFileStore", () => {
  it("keeps a Blob with its name, type and size, lists and deletes it, apart for each person", async () => {
    const alice = new IndexedDbPendingFileStore(1);
    const bob = new IndexedDbPendingFileStore(2);
    const blob = new Blob(["%PDF-1.4"], { type: "application/pdf" });
    await alice.put({ local_id: "a1", blob, name: "report.pdf", type: "application/pdf", size: blob.size });

    const again = await new IndexedDbPendingFileStore(1).get("a1");
    expect(again).toMatchObject({ local_id: "a1", name: "report.pdf", type: "application/pdf", size: 8 });
    expect(await again?.blob.text()).toBe("%PDF-1.4");
    expect(await alice.keys()).toEqual(["a1"]);
    expect(await bob.keys()).toEqual([]);

    await alice.delete("a1");
    expect(await alice.get("a1")).toBeUndefined();
    expect(await alice.keys()).toEqual([]);
  });
});
