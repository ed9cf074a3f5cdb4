import { notifyStateOf } from "./notifications";

describe("notifyStateOf", () => {
  it("asks while the browser would, toggles once allowed, and explains a refusal", () => {
    expect(notifyStateOf("default", false)).toBe("ask");
    expect(notifyStateOf("granted", false)).toBe("on");
    expect(notifyStateOf("granted", true)).toBe("off");
    expect(notifyStateOf("denied", false)).toBe("blocked");
    expect(notifyStateOf("unsupported", false)).toBe("unsupported");
  });
});
