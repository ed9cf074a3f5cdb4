import { CatchUpCursor, UNSETTLED_MS } from "./catch-up-cursor";
import { userKey } from "./keys";
import type { MessageJson } from "./types";

const held = (...ids: number[]) => ids.map((id) => ({ id }) as MessageJson);

describe("CatchUpCursor", () => {
  const key = userKey(2);
  let now = 1_000_000;
  const cursor = () => new CatchUpCursor(() => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it("starts after the newest message held when everything came by pages", () => {
    expect(cursor().after(key, held(3, 7, 9))).toBe(9);
  });

  it("starts at the beginning of a conversation that holds nothing", () => {
    expect(cursor().after(key, [])).toBe(0);
  });

  it("does not trust what arrived live shortly before the connection dropped", () => {
    // 9 came by a page; my own 12 was acknowledged, but 11 (theirs) was lost with the server.
    const c = cursor();
    c.arrivedLive(key, 10);
    now += 1000;
    c.arrivedLive(key, 12);
    now += 500;
    c.dropped();
    now += 60_000; // offline a minute: the drop, not the reconnect, is what counts
    expect(c.after(key, held(9, 10, 12))).toBe(9);
  });

  it("trusts what arrived live long enough before the drop", () => {
    const c = cursor();
    c.arrivedLive(key, 10);
    now += UNSETTLED_MS + 1;
    c.arrivedLive(key, 12);
    c.dropped();
    expect(c.after(key, held(9, 10, 12))).toBe(10);
  });

  it("answers undefined (read the newest page) when nothing held is settled", () => {
    const c = cursor();
    c.arrivedLive(key, 12);
    c.dropped();
    expect(c.after(key, held(12))).toBeUndefined();
  });

  it("keeps conversations apart", () => {
    const c = cursor();
    c.arrivedLive(userKey(3), 12);
    c.dropped();
    expect(c.after(key, held(9, 12))).toBe(12);
  });

  it("treats recent live arrivals as unsettled for a catch-up while still connected", () => {
    const c = cursor();
    c.arrivedLive(key, 12);
    expect(c.after(key, held(9, 12))).toBe(9);
    now += UNSETTLED_MS + 1;
    expect(c.after(key, held(9, 12))).toBe(12);
  });
});
