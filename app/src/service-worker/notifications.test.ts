import { notificationFromPush } from "./notifications";

describe("notificationFromPush", () => {
  it("shows the server's title and text, tagged by conversation, opening its page", () => {
    const shown = notificationFromPush(JSON.stringify({ title: "ada", body: "hi", tag: "conversation:user:7", url: "/chat/7" }));
    expect(shown.title).toBe("ada");
    expect(shown.options).toMatchObject({ body: "hi", tag: "conversation:user:7", data: { url: "/chat/7" } });
  });

  it.each([
    ["nothing", null],
    ["not JSON", "<b>hi</b>"],
    ["JSON that is not an object", "42"],
    ["fields of the wrong types", JSON.stringify({ title: 5, body: ["x"], tag: {}, url: 3 })],
  ])("still says something arrived for %s, opening the app", (_what, text) => {
    const shown = notificationFromPush(text);
    expect(shown.title).toBe("New message");
    expect(shown.options.body).toBe("");
    expect(shown.options.tag).toBeUndefined();
    expect(shown.options.data).toEqual({ url: "/" });
  });

  it.each(["https://evil.example/phish", "//evil.example/phish", "javascript:alert(1)"])("never opens an address off the app (%s)", (url) => {
    expect(notificationFromPush(JSON.stringify({ title: "x", url })).options.data).toEqual({ url: "/" });
  });
});
