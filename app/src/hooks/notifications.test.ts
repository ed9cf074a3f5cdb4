import { notifyStateOf, shouldNotify } from "./notifications";

describe("notifyStateOf", () => {
  it("asks while the browser would, toggles once allowed, and explains a refusal", () => {
    expect(notifyStateOf("default", false)).toBe("ask");
    expect(notifyStateOf("granted", false)).toBe("on");
    expect(notifyStateOf("granted", true)).toBe("off");
    expect(notifyStateOf("denied", false)).toBe("blocked");
    expect(notifyStateOf("unsupported", false)).toBe("unsupported");
  });
});

describe("shouldNotify", () => {
  it("notifies unless the conversation is muted, where only a mention of me still does", () => {
    expect(shouldNotify(false)).toBe(true);
    expect(shouldNotify(false, { conversationMuted: false, mentionsMe: false })).toBe(true);
    expect(shouldNotify(false, { conversationMuted: true, mentionsMe: false })).toBe(false);
    expect(shouldNotify(false, { conversationMuted: true, mentionsMe: true })).toBe(true);
  });

  it("stays silent for everything, mentions too, once notifications are off in the app", () => {
    expect(shouldNotify(true)).toBe(false);
    expect(shouldNotify(true, { conversationMuted: false, mentionsMe: true })).toBe(false);
    expect(shouldNotify(true, { conversationMuted: true, mentionsMe: true })).toBe(false);
  });
});
