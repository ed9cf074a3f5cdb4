import { EXCERPT_GRAPHEMES, excerptOf } from "./message-details";

describe("excerptOf", () => {
  it("keeps a text of at most 120 graphemes whole, however many code units they take", () => {
    expect(excerptOf("lunch at noon?")).toBe("lunch at noon?");
    const exactly = "👩‍💻".repeat(EXCERPT_GRAPHEMES);
    expect(exactly.length).toBeGreaterThan(EXCERPT_GRAPHEMES);
    expect(excerptOf(exactly)).toBe(exactly);
    expect(excerptOf("a".repeat(EXCERPT_GRAPHEMES))).toBe("a".repeat(EXCERPT_GRAPHEMES));
  });

  it("cuts after 120 graphemes, never inside one, and marks the cut", () => {
    expect(excerptOf("a".repeat(EXCERPT_GRAPHEMES + 1))).toBe(`${"a".repeat(EXCERPT_GRAPHEMES)}…`);
    expect(excerptOf(`${"é".repeat(119)}👩‍💻 and more`)).toBe(`${"é".repeat(119)}👩‍💻…`);
    expect(excerptOf("🇫🇷".repeat(200))).toBe(`${"🇫🇷".repeat(EXCERPT_GRAPHEMES)}…`);
  });

  it("is empty for an empty text", () => {
    expect(excerptOf("")).toBe("");
  });
});
