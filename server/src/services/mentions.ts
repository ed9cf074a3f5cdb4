/** At most this many people are mentioned by one message (further names are ignored). */
export const MAX_MENTIONS_PER_MESSAGE = 50;

const USERNAME_CHARS = "A-Za-z0-9_.\\-";
// `@name` not glued to a word before it (so "bob@example.com" mentions nobody); usernames are 3-32
// of these characters (schemas/auth.ts).
const MENTION = new RegExp(`(?<![${USERNAME_CHARS}])@([${USERNAME_CHARS}]{3,32})(?![${USERNAME_CHARS}])`, "g");

/**
 * The lowercased names a text's `@username` tokens could mean, deduplicated, in order. A name
 * ending in dots is also tried without them ("thanks @bob." names bob, or a user called "bob.").
 */
export function mentionedNames(text: string): string[] {
  if (!text.includes("@")) return [];
  const names = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    const name = match[1]!.toLowerCase();
    names.add(name);
    const trimmed = name.replace(/\.+$/, "");
    if (trimmed.length >= 3) names.add(trimmed);
    if (names.size >= MAX_MENTIONS_PER_MESSAGE * 2) break;
  }
  return [...names];
}
