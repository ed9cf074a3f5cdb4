import { createHash } from "node:crypto";
import type { ProfileFieldsJson, UserProfileJson } from "@chat-app/protocol";
import type { ProfileColumns } from "../db/profile-queries";
import type { User } from "../entities/User";

/** Derived from the storage key rather than the key itself, so the URL never names stored bytes. */
export const avatarVersion = (avatarKey: string) => createHash("sha256").update(avatarKey).digest("hex").slice(0, 16);

export const avatarUrl = (userId: number, avatarKey: string | null): string | null =>
  avatarKey === null ? null : `/api/users/${userId}/avatar?v=${avatarVersion(avatarKey)}`;

/** A deleted account's username (registration refuses the pattern, so no live account has it). */
export const isTombstoneName = (username: string) => /^deleted-\d+$/.test(username);

/** `undefined`: a user loaded without its profile (the session check): shown as unset. `username`: given, it marks a deleted account. */
export const profileFields = (userId: number, row: Partial<ProfileColumns> & { username?: string }): ProfileFieldsJson => ({
  display_name: row.display_name ?? null,
  avatar_url: avatarUrl(userId, row.avatar_key ?? null),
  status_text: row.status_text ?? null,
  ...(row.username !== undefined && isTombstoneName(row.username) ? { deleted: true as const } : {}),
});

export const userProfileOf = (user: Pick<User, "id" | "username" | "displayName" | "statusText" | "avatarKey">): UserProfileJson => ({
  id: user.id,
  username: user.username,
  ...profileFields(user.id, { username: user.username, display_name: user.displayName, status_text: user.statusText, avatar_key: user.avatarKey }),
});
