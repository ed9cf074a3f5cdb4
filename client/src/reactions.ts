import type { ReactionJson } from "@chat-app/protocol";

/**
 * A message's reactions as they will be once my reaction with `emoji` is added or taken back: what
 * the screen shows until the server answers (and goes back to if it refuses). New emoji go last,
 * as the server orders them by first use.
 */
export function toggledReactions(reactions: readonly ReactionJson[], emoji: string, selfId: number, add: boolean): ReactionJson[] {
  const current = reactions.find((r) => r.emoji === emoji);
  if (add) {
    if (current?.me) return [...reactions];
    if (!current) return [...reactions, { emoji, count: 1, me: true, user_ids: [selfId] }];
    return reactions.map((r) => (r === current ? { ...r, count: r.count + 1, me: true, user_ids: [...r.user_ids, selfId] } : r));
  }
  if (!current?.me) return [...reactions];
  if (current.count <= 1) return reactions.filter((r) => r !== current);
  return reactions.map((r) => (r === current ? { ...r, count: r.count - 1, me: false, user_ids: r.user_ids.filter((id) => id !== selfId) } : r));
}
