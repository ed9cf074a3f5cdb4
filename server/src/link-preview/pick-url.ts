// The kit's detection rules (ui-kit/src/utils/linkify.ts): http(s) URLs and bare www. hosts,
// trailing punctuation and formatting markers cut, a balancing ")" kept; code is never a link.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
const TRAILING = new Set([".", ",", ";", ":", "!", "?", ")", "]", "}", "*", "_", "~"]);
const CODE = /```[\s\S]*?```|`[^`\n]+`/g;

/** Longest URL previewed: longer ones are not worth a fetch. */
export const MAX_PREVIEW_URL_LENGTH = 2048;

function trimTrailing(raw: string): string {
  let end = raw.length;
  while (end > 0 && TRAILING.has(raw[end - 1] ?? "")) end -= 1;
  if (end < raw.length && raw[end] === ")" && raw.slice(0, end).includes("(")) end += 1;
  return raw.slice(0, end);
}

/** The first http(s) URL the kit would link in this text, canonicalised; null when there is none. */
export function pickUrl(text: string): string | null {
  const withoutCode = text.replace(CODE, (code) => " ".repeat(code.length));
  for (const match of withoutCode.matchAll(URL_PATTERN)) {
    const raw = trimTrailing(match[0]);
    if (!raw) continue;
    let url: URL;
    try {
      url = new URL(raw.toLowerCase().startsWith("www.") ? `https://${raw}` : raw);
    } catch {
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") continue;
    url.hash = "";
    return url.href.length <= MAX_PREVIEW_URL_LENGTH ? url.href : null;
  }
  return null;
}
