import type { UserProfileJson } from "@chat-app/protocol";
import { withProfile } from "./profiles";
import type { GroupJson } from "./types";

/** What taking in a group's state meant. */
export type GroupChange =
  /** Nothing new (the same name, members and roles as known). */
  | { kind: "same" }
  /** I am not among its members: out of it. */
  | { kind: "out" }
  /** New or changed; `membersChanged` when who is in it changed, `rejoined` when I am back in it. */
  | { kind: "changed"; membersChanged: boolean; rejoined: boolean };

/**
 * The groups I am in, as last told by the server, and the ones I was removed from or left (their
 * last known state stays for the name). `all` and `removed` hand out the same object until they
 * change, so a view can tell by identity whether to render again.
 */
export class Groups {
  private known: ReadonlyMap<number, GroupJson> = new Map();
  private out: ReadonlySet<number> = new Set();
  /** How many live states (pushes, answers to my changes) each group has had. */
  private readonly liveStates = new Map<number, number>();

  constructor(private readonly selfId: number) {}

  get(groupId: number): GroupJson | undefined {
    return this.known.get(groupId);
  }

  /** Every group heard of, current or left, by id. */
  all(): ReadonlyMap<number, GroupJson> {
    return this.known;
  }

  /** The groups I am no longer in. */
  removed(): ReadonlySet<number> {
    return this.out;
  }

  /** False once I was removed from this group or left it (until someone adds me again). */
  isMember(groupId: number): boolean {
    return !this.out.has(groupId);
  }

  /** The other current members, when the group is known. */
  otherMembers(groupId: number): number[] | undefined {
    const group = this.known.get(groupId);
    return group && otherMemberIds(group, this.selfId);
  }

  /** A mark to start a read of the group with (its page, the group itself); see `apply`. */
  readMark(groupId: number): number {
    return this.liveStates.get(groupId) ?? 0;
  }

  /**
   * Takes in a group as the server tells it: live (a push, an answer to a change of mine) or, with
   * the `readMark` taken when the read started, read. A read that a live state overtook is dropped:
   * its snapshot may predate that state (a page asked for when a member was added, answered after
   * the push of a role change), and every change is pushed, so nothing newer is lost by dropping it.
   */
  apply(group: GroupJson, readMark?: number): GroupChange {
    if (readMark === undefined) this.liveStates.set(group.id, this.readMark(group.id) + 1);
    else if (readMark !== this.readMark(group.id)) return { kind: "same" };
    const before = this.known.get(group.id);
    if (!group.members.some((member) => member.id === this.selfId)) {
      this.set(group);
      return { kind: "out" };
    }
    const rejoined = this.out.has(group.id);
    if (rejoined) {
      const out = new Set(this.out);
      out.delete(group.id);
      this.out = out;
    }
    if (before && !rejoined && sameGroup(before, group)) {
      // Same content: keep the object views already hold.
      return { kind: "same" };
    }
    this.set(group);
    return { kind: "changed", membersChanged: before !== undefined && !sameMembers(before, group), rejoined };
  }

  /** Someone's profile changed: the groups they are in (current or left) with it; the ones that changed. */
  applyProfile(user: UserProfileJson): GroupJson[] {
    const changed: GroupJson[] = [];
    for (const group of this.known.values()) {
      const updated = withProfile(group, user);
      if (updated !== group) changed.push(updated);
    }
    for (const group of changed) this.set(group);
    return changed.filter((group) => !this.out.has(group.id));
  }

  /** I am out of this group; false when that was known already. */
  markRemoved(groupId: number): boolean {
    if (this.out.has(groupId)) return false;
    this.out = new Set(this.out).add(groupId);
    return true;
  }

  private set(group: GroupJson): void {
    this.known = new Map(this.known).set(group.id, group);
  }
}

/** Everyone in the group but me: who counts for a message of mine being read. */
export function otherMemberIds(group: GroupJson, selfId: number): number[] {
  return group.members.map((m) => m.id).filter((id) => id !== selfId);
}

function sameMembers(a: GroupJson, b: GroupJson): boolean {
  return a.members.length === b.members.length && a.members.every((m) => b.members.some((n) => n.id === m.id));
}

function sameGroup(a: GroupJson, b: GroupJson): boolean {
  return (
    a.name === b.name &&
    a.created_by === b.created_by &&
    a.members.length === b.members.length &&
    a.members.every((m, i) => b.members[i]!.id === m.id && b.members[i]!.role === m.role && b.members[i]!.username === m.username)
  );
}
