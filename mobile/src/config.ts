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
