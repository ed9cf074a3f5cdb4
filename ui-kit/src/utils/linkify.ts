/** A piece of message text: plain text, or a link the kit may render as an anchor. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// http(s) URLs and bare www. hosts. Everything else stays text: nothing in a message is markup.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
// Also formatting markers, so that "*https://example.com*" links without the closing star.
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '*', '_', '~']);

/** How many characters at the end of `raw` are trailing punctuation (a loop: no regex backtracking). */
function trailingLength(raw: string): number {
  let end = raw.length;
  while (end > 0 && TRAILING.has(raw[end - 1] ?? '')) end -= 1;
  return raw.length - end;
}

/** `raw` as an absolute http: or https: URL the kit may link to, or null (`javascript:`, `data:`, junk). */
export function httpHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Splits message text into text and link parts. Only http: and https: links are produced, so a
 * `javascript:` or `data:` "link" is left as text.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let raw = match[0];
    const start = match.index;
    let cut = trailingLength(raw);
    // Keep a closing paren that balances an opening one inside the URL (wiki links).
    if (cut > 0 && raw[raw.length - cut] === ')' && raw.includes('(')) cut -= 1;
    raw = raw.slice(0, raw.length - cut);
    if (!raw) continue;
    const href = raw.toLowerCase().startsWith('www.') ? `https://${raw}` : raw;
    const safe = httpHref(href);
    if (safe === null) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: raw, href: safe });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
