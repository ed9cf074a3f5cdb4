import { userKey } from "@chat-app/client";
import { freezeFirstUnread, NOTHING_UNREAD } from "./first-unread";

describe("freezeFirstUnread", () => {
  const bob = userKey(2);
  const carol = userKey(3);

  it("takes the row's first unread at open and keeps it while the marker moves", () => {
    const opened = freezeFirstUnread(NOTHING_UNREAD, bob, { unread: 3, firstUnreadId: 40 });
    expect(opened).toEqual({ key: bob, id: 40, settled: true });
    expect(freezeFirstUnread(opened, bob, { unread: 0, firstUnreadId: undefined })).toBe(opened);
  });

  it("waits for the row when the list is not loaded yet, then takes it once", () => {
    const waiting = freezeFirstUnread(NOTHING_UNREAD, bob, undefined);
    expect(waiting).toEqual({ key: bob, id: undefined, settled: false });
    expect(freezeFirstUnread(waiting, bob, undefined)).toBe(waiting);
    const settled = freezeFirstUnread(waiting, bob, { unread: 1, firstUnreadId: 7 });
    expect(settled).toEqual({ key: bob, id: 7, settled: true });
    expect(freezeFirstUnread(settled, bob, { unread: 2, firstUnreadId: 9 })).toBe(settled);
  });

  it("clears it when a conversation is (re)opened with nothing unread", () => {
    const opened = freezeFirstUnread(NOTHING_UNREAD, bob, { unread: 3, firstUnreadId: 40 });
    const other = freezeFirstUnread(opened, carol, { unread: 0, firstUnreadId: undefined });
    expect(other).toEqual({ key: carol, id: undefined, settled: true });
    expect(freezeFirstUnread(other, bob, { unread: 0, firstUnreadId: undefined })).toEqual({ key: bob, id: undefined, settled: true });
  });
});
