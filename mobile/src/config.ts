/** Ionic's two looks: iOS (native transitions, swipe back) and Material (Android). */
export type IonicMode = "ios" | "md";

/**
 * The chat server: `VITE_SERVER_URL` at build time (the native apps, whose page is capacitor://localhost or
 * http://localhost). A build without it takes `?server=` from the first page's address (the browser tests
 * serve one build against servers on random ports), else the page's own origin (`npm run dev`, proxied).
 */
export function serverUrl(search: string, origin: string, built: string | undefined): string {
  if (built) return built.replace(/\/$/, "");
  const asked = new URLSearchParams(search).get("server");
  if (asked && /^https?:\/\//.test(asked)) return asked.replace(/\/$/, "");
  return origin;
}

/** `?mode=ios|md` (the tests show both), else what the platform looks like. */
export function ionicMode(search: string, userAgent: string): IonicMode {
  const asked = new URLSearchParams(search).get("mode");
  if (asked === "ios" || asked === "md") return asked;
  return /iPhone|iPad|iPod|Macintosh/.test(userAgent) ? "ios" : "md";
}

/** Where this tab keeps the first page's `?server=` and `?mode=`. */
export interface TabStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * The first page's query, kept for the tab: the router drops `?server=`/`?mode=` at the first navigation,
 * and a reload (or the app resumed by the system) must still find the same server and look.
 */
export function launchQuery(search: string, storage: TabStorage | undefined): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of ["server", "mode"] as const) {
    const key_ = `chat.launch.${key}`;
    let value = params.get(key);
    try {
      if (value !== null) storage?.setItem(key_, value);
      else value = storage?.getItem(key_) ?? null;
    } catch {
      // Storage refused: this page's query only.
    }
    if (value !== null) kept.set(key, value);
  }
  return `?${kept.toString()}`;
}
