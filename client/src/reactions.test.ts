import { toggledReactions } from "./reactions";

const thumbs = (count: number, me: boolean, userIds: number[]) => ({ emoji: "👍", count, me, user_ids: userIds });

describe("toggledReactions", () => {
  it("adds a new emoji last, as mine", () => {
    expect(toggledReactions([thumbs(1, false, [2])], "🎉", 1, true)).toEqual([
      thumbs(1, false, [2]),
      { emoji: "🎉", count: 1, me: true, user_ids: [1] },
    ]);
  });

  it("counts me in on an emoji others used, and out again", () => {
    const added = toggledReactions([thumbs(2, false, [2, 3])], "👍", 1, true);
    expect(added).toEqual([thumbs(3, true, [2, 3, 1])]);
    expect(toggledReactions(added, "👍", 1, false)).toEqual([thumbs(2, false, [2, 3])]);
  });

  it("drops an emoji only I used when I take it back", () => {
    expect(toggledReactions([thumbs(1, true, [1])], "👍", 1, false)).toEqual([]);
  });

  it("changes nothing when adding one I have or taking back one I do not", () => {
    expect(toggledReactions([thumbs(1, true, [1])], "👍", 1, true)).toEqual([thumbs(1, true, [1])]);
    expect(toggledReactions([thumbs(1, false, [2])], "👍", 1, false)).toEqual([thumbs(1, false, [2])]);
  });
});
