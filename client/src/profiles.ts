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

/** A person as some JSON lists them (a partner, a group member); the profile fields are missing from an older server. */
export interface ListedPerson {
  id: number;
  username: string;
  display_name?: string | null;
  avatar_url?: string | null;
  status_text?: string | null;
}

/** The latest profile heard of each person: from the server's lists, `user:updated` and the caller's own changes. */
export class Profiles {
  private readonly known = new Map<number, UserProfileJson>();

  get(userId: number): UserProfileJson | undefined {
    return this.known.get(userId);
  }

  set(user: UserProfileJson): void {
    this.known.set(user.id, user);
  }

  /**
   * A person as a server answer lists them (`fresh`: replaces what was heard before) or as the
   * offline cache kept them (only fills in who is not known yet: a push heard since is newer).
   */
  learn(person: ListedPerson, fresh: boolean): void {
    if (person.display_name === undefined && person.avatar_url === undefined) return;
    if (!fresh && this.known.has(person.id)) return;
    this.known.set(person.id, {
      id: person.id,
      username: person.username,
      display_name: person.display_name ?? null,
      avatar_url: person.avatar_url ?? null,
      status_text: person.status_text ?? null,
    });
  }
}
