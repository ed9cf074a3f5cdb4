import { pickUrl } from "./pick-url";

describe("pickUrl", () => {
  it.each([
    ["see https://example.com/a.", "https://example.com/a"],
    ["(https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)"],
    ["*https://example.com*", "https://example.com/"],
    ["first http://a.example/ then https://b.example/", "http://a.example/"],
    ["www.example.com/x", "https://www.example.com/x"],
    ["HTTPS://EXAMPLE.COM/Path#frag", "https://example.com/Path"],
    ["`https://code.example/` then https://text.example/", "https://text.example/"],
  ])("%s → %s", (text, url) => {
    expect(pickUrl(text)).toBe(url);
  });

  it.each([
    "no link",
    "javascript:alert(1)",
    "ftp://example.com/",
    "data:text/html,hi",
    "```\nhttps://fenced.example/\n```",
    `https://x.example/${"a".repeat(2100)}`,
  ])("none in %s", (text) => {
    expect(pickUrl(text)).toBeNull();
  });
});
