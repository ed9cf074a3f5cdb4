import { FORBIDDEN_CHARACTERS } from "../schemas/common";

const MAX_USER_AGENT_CHARS = 512;

/** Kept only to tell a person's browsers apart; anything odd in it is dropped rather than refused. */
export function cleanUserAgent(value: string | undefined): string | null {
  if (!value) return null;
  const clean = Array.from(value)
    .filter((char) => !FORBIDDEN_CHARACTERS.test(char))
    .join("")
    .slice(0, MAX_USER_AGENT_CHARS);
  return clean || null;
}
