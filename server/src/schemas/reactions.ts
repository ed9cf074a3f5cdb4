import { z } from "zod";
import { idParamSchema, idSchema } from "./common";

/** More distinct emoji than this on one message are refused (409). */
export const MAX_EMOJI_PER_MESSAGE = 20;
/** How many reactors each emoji lists (its count says how many in all). */
export const MAX_LISTED_REACTORS = 10;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
// A grapheme that is an emoji: a pictograph (with its skin tone, variation selector or ZWJ
// sequence, all in the same grapheme), a flag (two regional indicators) or a keycap.
const EMOJI_GRAPHEME = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3)/u;

/** True for exactly one emoji grapheme: "👍", "👍🏽", "🇫🇷", "1️⃣", "👩‍💻"; not "a", "👍👍" or "". */
export function isOneEmoji(text: string): boolean {
  const segments = [...graphemes.segment(text)];
  return segments.length === 1 && EMOJI_GRAPHEME.test(text);
}

export const emojiSchema = z
  .string({ error: "must be a string" })
  .max(64, "must be one emoji")
  .refine(isOneEmoji, "must be exactly one emoji")
  .transform((emoji) => emoji.normalize("NFC"));

export const reactionParamsSchema = z.object({ id: idParamSchema, emoji: emojiSchema });
export const reactionPayloadSchema = z.object({ message_id: idSchema, emoji: emojiSchema });
export type ReactionInput = { message_id: number; emoji: string };
