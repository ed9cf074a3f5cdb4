import { Groups } from "./groups";
import type { GroupJson } from "./types";

const ME = 1;
const group = (roles: Record<number, "admin" | "member">, name = "Weekend"): GroupJson => ({
  id: 7,
  name,
  created_by: ME,
  created_at: "2026-12-01T10:00:00.000Z",
  members: Object.entries(roles).map(([id, role]) => ({ id: Number(id), username: `user${id}`, role })),
  members_can_pin: false,
});

describe("Groups", () => {
  it("drops a read that a live state overtook: a page asked for before a role change, answered after its push", () => {
    const groups = new Groups(ME);
    groups.apply(group({ 1: "admin", 2: "member" }));
    const mark = groups.readMark(7);
    groups.apply(group({ 1: "admin", 2: "member", 3: "admin" }));
    expect(groups.apply(group({ 1: "admin", 2: "member", 3: "member" }), mark)).toEqual({ kind: "same" });
    expect(groups.get(7)!.members.find((m) => m.id === 3)?.role).toBe("admin");
  });

  it("takes a read that nothing overtook, and live states whatever their order", () => {
    const groups = new Groups(ME);
    groups.apply(group({ 1: "admin", 2: "member" }));
    const mark = groups.readMark(7);
    expect(groups.apply(group({ 1: "admin", 2: "member" }, "Long weekend"), mark)).toMatchObject({ kind: "changed" });
    expect(groups.get(7)!.name).toBe("Long weekend");
    expect(groups.apply(group({ 1: "admin" }, "Long weekend"))).toMatchObject({ kind: "changed", membersChanged: true });
    expect(groups.get(7)!.members).toHaveLength(1);
  });

  it("keeps marks per group: a push to one group does not drop a read of another", () => {
    const groups = new Groups(ME);
    const other = { ...group({ 1: "admin" }), id: 8 };
    groups.apply(other);
    const mark = groups.readMark(8);
    groups.apply(group({ 1: "admin", 2: "member" }));
    expect(groups.apply({ ...other, name: "Renamed" }, mark)).toMatchObject({ kind: "changed" });
  });
});
