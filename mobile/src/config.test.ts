import { ionicMode, launchQuery, serverUrl } from "./config";

describe("serverUrl", () => {
  it("takes the build's VITE_SERVER_URL first, without a trailing slash", () => {
    expect(serverUrl("?server=http://127.0.0.1:9", "http://localhost", "https://chat.example.org/")).toBe("https://chat.example.org");
  });

  it("takes ?server= when the build names none", () => {
    expect(serverUrl("?mode=ios&server=http%3A%2F%2F127.0.0.1%3A4000", "http://localhost:5174", undefined)).toBe("http://127.0.0.1:4000");
  });

  it("ignores a ?server= that is not http(s), and falls back to the page's origin", () => {
    expect(serverUrl("?server=javascript:alert(1)", "http://localhost:5174", undefined)).toBe("http://localhost:5174");
    expect(serverUrl("", "capacitor://localhost", "")).toBe("capacitor://localhost");
  });
});

describe("ionicMode", () => {
  const ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36";
  const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";

  it("follows ?mode= (the tests show both looks)", () => {
    expect(ionicMode("?mode=ios", ANDROID)).toBe("ios");
    expect(ionicMode("?mode=md", IPHONE)).toBe("md");
  });

  it("otherwise looks like the platform", () => {
    expect(ionicMode("", IPHONE)).toBe("ios");
    expect(ionicMode("?mode=other", ANDROID)).toBe("md");
  });
});

describe("launchQuery", () => {
  const memory = () => {
    const items = new Map<string, string>();
    return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
  };

  it("keeps the first page's server and mode for the tab, so a reload without them finds the same", () => {
    const tab = memory();
    const first = launchQuery("?mode=ios&server=http%3A%2F%2F127.0.0.1%3A4000&other=1", tab);
    expect(new URLSearchParams(first).get("server")).toBe("http://127.0.0.1:4000");
    const reloaded = launchQuery("", tab);
    expect(serverUrl(reloaded, "http://localhost:5174", undefined)).toBe("http://127.0.0.1:4000");
    expect(ionicMode(reloaded, "Android")).toBe("ios");
  });

  it("lets a newer page's query replace what was kept, and works without storage", () => {
    const tab = memory();
    launchQuery("?mode=ios", tab);
    expect(ionicMode(launchQuery("?mode=md", tab), "iPhone")).toBe("md");
    expect(launchQuery("?mode=md", undefined)).toBe("?mode=md");
    expect(launchQuery("", undefined)).toBe("?");
  });
});
