import { conversationPath } from "./conversation-path";

describe("conversationPath", () => {
  it.each([
    [{ url: "/chat/12", tag: "conversation:user:12" }, "/chat/12"],
    [{ url: "/group/3" }, "/group/3"],
    [{ url: "https://evil.example/chat/1" }, null],
    [{ url: "/chat/0" }, null],
    [{ url: "/chat/1/../../settings" }, null],
    [{ url: "/settings" }, null],
    [{ url: 5 }, null],
    [{}, null],
    [null, null],
    ["/chat/1", null],
  ])("%j → %s", (data, path) => {
    expect(conversationPath(data)).toBe(path);
  });
});
