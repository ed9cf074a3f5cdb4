/**
 * Which conversation something belongs to: a direct chat with a person (`u:<user id>`) or a group
 * (`g:<group id>`). One string type for both, so maps, list rows and routes can key by it without
 * a user and a group of the same number ever colliding.
 */
export type UserKey = `u:${number}`;
export type GroupKey = `g:${number}`;
export type ConversationKey = UserKey | GroupKey;

/**
 * What the ChatClient's methods accept: a key, or a bare number meaning a person's user id (how
 * callers written before groups name a direct chat).
 */
export type ConversationRef = ConversationKey | number;

export const userKey = (userId: number): UserKey => `u:${userId}`;
export const groupKey = (groupId: number): GroupKey => `g:${groupId}`;

export function toKey(ref: ConversationRef): ConversationKey {
  return typeof ref === "number" ? userKey(ref) : ref;
}

export function isGroupKey(ref: ConversationRef): ref is GroupKey {
  return typeof ref === "string" && ref.startsWith("g:");
}

/** The user id of a direct chat's partner, or the group id. */
export function keyId(ref: ConversationRef): number {
  return typeof ref === "number" ? ref : Number(ref.slice(2));
}

/** A key from untrusted text (a list row's id, storage), or null when it is not one. */
export function parseKey(value: unknown): ConversationKey | null {
  if (typeof value !== "string") return null;
  const match = /^([ug]):([1-9]\d{0,14})$/.exec(value);
  if (!match) return null;
  return match[1] === "g" ? groupKey(Number(match[2])) : userKey(Number(match[2]));
}
