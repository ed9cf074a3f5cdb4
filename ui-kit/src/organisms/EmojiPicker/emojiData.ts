import compact from 'emojibase-data/en/compact.json';

/** One emoji the picker offers: the character, its English name and search keywords. */
export interface EmojiEntry {
  emoji: string;
  name: string;
  keywords: readonly string[];
}

// Group 2 is the skin-tone and hair components, not emoji people send; entries without a group
// are bare regional indicators.
const COMPONENTS = 2;

/**
 * Emojibase writes a variation selector after characters that are emoji by default ("👍\uFE0F");
 * Unicode's fully qualified form, which the frequent set and other clients send, has none. Same
 * form, same reaction: 👍 from the full picker toggles the 👍 from the frequent set.
 */
const fullyQualified = (emoji: string) => emoji.replace(/(\p{Emoji_Presentation})\uFE0F/gu, '$1');

/** Every emoji of Emojibase's English data, in Unicode's order (skin-tone variants left out). */
export const EMOJI: readonly EmojiEntry[] = compact
  .filter((entry) => entry.group !== undefined && entry.group !== COMPONENTS)
  .map((entry) => ({ emoji: fullyQualified(entry.unicode), name: entry.label, keywords: entry.tags ?? [] }));

/** Emoji whose name or a keyword contains every word of `query` (English names for now). */
export function searchEmoji(query: string, entries: readonly EmojiEntry[] = EMOJI): readonly EmojiEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const name = entry.name.toLowerCase();
    return words.every((word) => name.includes(word) || entry.keywords.some((keyword) => keyword.includes(word)));
  });
}
