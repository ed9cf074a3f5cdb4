import { randomUUID } from "node:crypto";
import { type GroupJson, type GroupNoticeJson, type GroupReceiptJson, type PublicUserJson } from "@chat-app/protocol";
import type { GroupMemberQueries, MemberRow } from "../db/group-member-queries";
import type { GroupMessageQueries } from "../db/group-message-queries";
import type { GroupQueries } from "../db/group-queries";
import type { UserQueries } from "../db/user-queries";
import type { Group } from "../entities/Group";
import type { GroupMember, GroupRole } from "../entities/GroupMember";
import { badRequest, conflict, forbidden, notFound } from "../errors";
import { type AddMembersInput, type CreateGroupInput, MAX_GROUP_MEMBERS, type RenameGroupInput, type SetRoleInput } from "../schemas";
import type { MessageEvents } from "./message-events";
import { noticeMessageJson } from "./presenters";
import { profileFields } from "./profile-json";

export interface Membership {
  group: Group;
  member: GroupMember;
}

/** A group as a member sees it, with every member's receipts. */
export interface GroupView {
  group: GroupJson;
  receipts: GroupReceiptJson[];
}

/**
 * Groups and their members: creating, renaming, adding and removing people, roles, leaving. The
 * creator starts as the only admin; admins manage members; the creator cannot be removed or demoted
 * by anyone. Every write is a single statement (no multi-statement transactions: on SQLite they
 * would share the connection with the message group commit), ordered so that a crash between two
 * of them leaves a consistent state. REST routes call this; the members hear of each change live,
 * and each change also leaves a notice in the group's timeline ("alice added bob").
 */
export class GroupService {
  constructor(
    private readonly groups: GroupQueries,
    private readonly members: GroupMemberQueries,
    private readonly users: UserQueries,
    private readonly groupMessages: GroupMessageQueries,
    private readonly events: MessageEvents,
  ) {}

  async create(creatorId: number, input: CreateGroupInput): Promise<GroupJson> {
    const others = await this.existingUsers(input.member_ids.filter((id) => id !== creatorId));
    if (others.length === 0) throw badRequest("member_ids must name at least one person other than you");
    const group = await this.groups.create({ name: input.name, createdBy: creatorId, createdAt: new Date() });
    await this.insertMembers(group, [creatorId], "admin");
    await this.insertMembers(group, others, "member");
    const json = await this.announce(group.id);
    await this.postNotice(json, creatorId, [], (actor) => ({ event: "created", actor, name: input.name }));
    return json;
  }

  /** The group as a member sees it. */
  async get(userId: number, groupId: number): Promise<GroupJson> {
    return (await this.view(userId, groupId)).group;
  }

  /** The group and every member's receipts, in two queries; 404/403 as requireMembership. */
  async view(userId: number, groupId: number): Promise<GroupView> {
    const [group, rows] = await Promise.all([this.groups.findById(groupId), this.members.withUsernames(groupId)]);
    if (!group) throw notFound("Group not found");
    if (!rows.some((row) => Number(row.id) === userId)) throw forbidden("You are not a member of this group");
    return {
      group: toGroupJson(group, rows),
      receipts: rows.map((row) => ({
        user_id: Number(row.id),
        group_id: groupId,
        delivered_up_to_id: Number(row.last_delivered_id),
        read_up_to_id: Number(row.last_read_id),
      })),
    };
  }

  /** The member ids of a group the user is in (one query); 404/403 otherwise. */
  async memberIdsFor(userId: number, groupId: number): Promise<number[]> {
    const ids = await this.memberIds(groupId);
    if (!ids.includes(userId)) {
      await this.requireMembership(groupId, userId);
      throw forbidden("You are not a member of this group");
    }
    return ids;
  }

  /** Renames the group and/or says whether every member may pin; admins only. */
  async rename(userId: number, groupId: number, input: RenameGroupInput): Promise<GroupJson> {
    const { group } = await this.requireAdmin(groupId, userId);
    const name = input.name !== undefined && input.name !== group.name ? input.name : undefined;
    const membersCanPin =
      input.members_can_pin !== undefined && input.members_can_pin !== Boolean(group.membersCanPin) ? input.members_can_pin : undefined;
    if (name === undefined && membersCanPin === undefined) return this.toJson(groupId);
    if (membersCanPin !== undefined) await this.groups.setMembersCanPin(groupId, membersCanPin);
    if (name !== undefined) await this.groups.rename(groupId, name);
    const json = await this.announce(groupId);
    if (name !== undefined) await this.postNotice(json, userId, [], (actor) => ({ event: "renamed", actor, name }));
    return json;
  }

  async addMembers(userId: number, groupId: number, input: AddMembersInput): Promise<GroupJson> {
    const { group } = await this.requireAdmin(groupId, userId);
    const wanted = await this.existingUsers(input.member_ids);
    const current = new Set(await this.members.ids(groupId));
    const added = wanted.filter((id) => !current.has(id));
    if (current.size + added.length > MAX_GROUP_MEMBERS) throw conflict(`A group has at most ${MAX_GROUP_MEMBERS} members`);
    await this.insertMembers(group, added, "member");
    const json = await this.announce(groupId);
    if (added.length > 0) await this.postNotice(json, userId, added, (actor, users) => ({ event: "added", actor, users }));
    return json;
  }

  /** Admins remove others; removing oneself is leaving. */
  async removeMember(userId: number, groupId: number, memberId: number): Promise<GroupJson | null> {
    if (memberId === userId) {
      await this.leave(userId, groupId);
      return null;
    }
    const { group } = await this.requireAdmin(groupId, userId);
    await this.requireTarget(groupId, memberId);
    if (memberId === group.createdBy) throw forbidden("The group's creator cannot be removed");
    await this.members.remove(groupId, memberId);
    this.events.groupLeft(groupId, [memberId]);
    const json = await this.announce(groupId);
    await this.postNotice(json, userId, [memberId], (actor, users) => ({ event: "removed", actor, users }));
    return json;
  }

  async setRole(userId: number, groupId: number, memberId: number, input: SetRoleInput): Promise<GroupJson> {
    const { group } = await this.requireAdmin(groupId, userId);
    await this.requireTarget(groupId, memberId);
    if (memberId === group.createdBy && input.role !== "admin") throw forbidden("The group's creator is always an admin");
    if (input.role === "member" && (await this.members.countAdmins(groupId)) === 1 && (await this.members.exists(groupId, memberId, "admin"))) {
      throw conflict("A group needs at least one admin");
    }
    const before = await this.members.findExisting(groupId, memberId);
    if (before.role === input.role) return this.toJson(groupId);
    await this.members.setRole(groupId, memberId, input.role);
    const json = await this.announce(groupId);
    const event = input.role === "admin" ? "promoted" : "demoted";
    await this.postNotice(json, userId, [memberId], (actor, users) => ({ event, actor, users }));
    return json;
  }

  /**
   * Leaves the group. When the last admin leaves, the longest-standing member becomes admin; when
   * the last member leaves, the group and its messages are deleted (nobody could read them again).
   */
  async leave(userId: number, groupId: number): Promise<void> {
    await this.requireMembership(groupId, userId);
    await this.members.remove(groupId, userId);
    this.events.groupLeft(groupId, [userId]);
    const remaining = await this.members.oldestFirst(groupId);
    if (remaining.length === 0) {
      await this.groups.remove(groupId);
      return;
    }
    if (!remaining.some((member) => member.role === "admin")) {
      await this.members.setRole(groupId, remaining[0]!.userId, "admin");
    }
    const json = await this.announce(groupId);
    await this.postNotice(json, userId, [], (actor) => ({ event: "left", actor }));
  }

  /** 404 when the group does not exist, 403 when the user is not (or no longer) in it. */
  async requireMembership(groupId: number, userId: number): Promise<Membership> {
    const [group, member] = await Promise.all([this.groups.findById(groupId), this.members.find(groupId, userId)]);
    if (!group) throw notFound("Group not found");
    if (!member) throw forbidden("You are not a member of this group");
    return { group, member };
  }

  /** Every current member, oldest first, with their receipts. */
  membersOf(groupId: number): Promise<GroupMember[]> {
    return this.members.oldestFirst(groupId);
  }

  memberIds(groupId: number): Promise<number[]> {
    return this.members.ids(groupId);
  }

  private async requireAdmin(groupId: number, userId: number): Promise<Membership> {
    const membership = await this.requireMembership(groupId, userId);
    if (membership.member.role !== "admin") throw forbidden("Only the group's admins can do that");
    return membership;
  }

  private async requireTarget(groupId: number, memberId: number): Promise<void> {
    if (!(await this.members.exists(groupId, memberId))) throw notFound("That person is not a member of this group");
  }

  /** The ids that belong to real accounts, in the order given, without repeats; 404 for any unknown. */
  private async existingUsers(ids: number[]): Promise<number[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = await this.users.existingIds(unique);
    const missing = unique.find((id) => !found.has(id));
    if (missing !== undefined) throw notFound(`User ${missing} not found`);
    return unique;
  }

  /**
   * New members start with everything so far read: they can scroll the whole history, but joining a
   * busy group does not greet them with hundreds of unread messages.
   */
  private async insertMembers(group: Group, userIds: number[], role: GroupRole): Promise<void> {
    if (userIds.length === 0) return;
    const now = new Date();
    const upTo = (await this.groups.findById(group.id))?.lastMessageId ?? 0;
    await this.members.insert(
      userIds.map((userId) => ({ groupId: group.id, userId, role, joinedAt: now, lastReadId: upTo, lastDeliveredId: upTo, unreadCount: 0 })),
    );
  }

  /**
   * Writes a notice of a change into the group's timeline and pushes it to the members of the
   * group as just announced, like a message. Names are those of now: a notice keeps saying who it was.
   */
  private async postNotice(
    group: GroupJson,
    actorId: number,
    userIds: number[],
    build: (actor: PublicUserJson, users: PublicUserJson[]) => GroupNoticeJson,
  ): Promise<void> {
    const people = await this.users.names([actorId, ...userIds]);
    const named = (id: number): PublicUserJson => ({ id, username: people.find((person) => person.id === id)?.username ?? `user ${id}` });
    const notice = build(named(actorId), userIds.map(named));
    const groupId = group.id;
    const row = { senderId: actorId, groupId, clientId: randomUUID(), content: JSON.stringify(notice), timestamp: Date.now(), replyToId: null };
    const id = await this.groupMessages.insertNotice(row);
    const json = noticeMessageJson({ ...row, id, receiverId: null }, notice);
    this.events.messageCreated(
      json,
      group.members.map((member) => member.id),
    );
  }

  private async announce(groupId: number): Promise<GroupJson> {
    const json = await this.toJson(groupId);
    this.events.groupChanged(
      json,
      json.members.map((member) => member.id),
    );
    return json;
  }

  private async toJson(groupId: number): Promise<GroupJson> {
    const [group, rows] = await Promise.all([this.groups.findExisting(groupId), this.members.withUsernames(groupId)]);
    return toGroupJson(group, rows);
  }
}

function toGroupJson(group: Group, rows: MemberRow[]): GroupJson {
  return {
    id: group.id,
    name: group.name,
    created_by: group.createdBy,
    created_at: group.createdAt.toISOString(),
    members: rows.map((row) => ({ id: Number(row.id), username: row.username, ...profileFields(Number(row.id), row), role: row.role })),
    members_can_pin: Boolean(group.membersCanPin),
  };
}
