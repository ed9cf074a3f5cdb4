import type { UserProfileJson } from "@chat-app/protocol";
import type { GroupJson } from "./types";

/** What a person is called on screen: their display name, or their username while they chose none (or the server is older). */
export function shownName(user: { username: string; display_name?: string | null }): string {
  return user.display_name ?? user.username;
}

/** The group with that member's profile as now; the same object when they are not in it or nothing changed. */
export function withProfile(group: GroupJson, user: UserProfileJson): GroupJson {
  const index = group.members.findIndex((member) => member.id === user.id);
  const member = group.members[index];
  if (!member) return group;
  const { display_name, avatar_url, status_text } = user;
  if (member.display_name === display_name && member.avatar_url === avatar_url && member.status_text === status_text) return group;
  const members = group.members.slice();
  members[index] = { ...member, username: user.username, display_name, avatar_url, status_text };
  return { ...group, members };
}

/** The latest profile heard of each person (from `user:updated` and the caller's own changes). */
export class Profiles {
  private readonly known = new Map<number, UserProfileJson>();

  get(userId: number): UserProfileJson | undefined {
    return this.known.get(userId);
  }

  set(user: UserProfileJson): void {
    this.known.set(user.id, user);
  }
}
