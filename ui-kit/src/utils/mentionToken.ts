/** Someone who can be mentioned: the composer inserts `@username`. */
export interface MentionCandidate {
  id: string | number;
  username: string;
  displayName?: string;
}

/** The `@…` being typed at the caret: where its `@` is and what follows it up to the caret. */
export interface MentionToken {
  start: number;
  query: string;
}

/**
 * The mention token the caret is in, if any: an `@` at the start of a word (the text's start or
 * after white space) followed, up to the caret, by no white space and no other `@`.
 */
export function mentionTokenAt(value: string, caret: number): MentionToken | null {
  let at = caret - 1;
  while (at >= 0 && !/[\s@]/u.test(value[at] as string)) at -= 1;
  if (at < 0 || value[at] !== '@') return null;
  if (at > 0 && !/\s/u.test(value[at - 1] as string)) return null;
  return { start: at, query: value.slice(at + 1, caret) };
}

/**
 * Candidates whose username, display name or a word of the display name starts with `query`
 * (any case), username matches first; at most `limit`.
 */
export function filterMentionCandidates<C extends MentionCandidate>(candidates: readonly C[], query: string, limit = 8): C[] {
  const q = query.toLocaleLowerCase();
  const byName: C[] = [];
  const byDisplay: C[] = [];
  for (const candidate of candidates) {
    if (candidate.username.toLocaleLowerCase().startsWith(q)) byName.push(candidate);
    else if (
      candidate.displayName
        ?.toLocaleLowerCase()
        .split(/\s+/u)
        .some((word) => word.startsWith(q))
    )
      byDisplay.push(candidate);
  }
  return byName.concat(byDisplay).slice(0, limit);
}

/** `value` with the token replaced by `@username ` and the caret after it. */
export function insertMention(value: string, token: MentionToken, caret: number, username: string): [string, number] {
  const inserted = `@${username} `;
  // A space already after the token is reused rather than doubled.
  const end = value[caret] === ' ' ? caret + 1 : caret;
  return [value.slice(0, token.start) + inserted + value.slice(end), token.start + inserted.length];
}
