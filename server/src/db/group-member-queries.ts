import type { DataSource, Repository } from "typeorm";
import { GroupMember, type GroupRole } from "../entities/GroupMember";
import { CompiledQuery } from "./compiled-query";
import type { ProfileColumns } from "./profile-queries";

/** A member with their name and receipts, as a group's JSON and receipts need them. */
export interface MemberRow extends ProfileColumns {
  id: number;
  username: string;
  role: GroupRole;
  last_read_id: number;
  last_delivered_id: number;
}

type Advance = { groupId: number; userId: number; readId: number; upTo: number };

/** Reads and writes of `group_members`: who is in a group, their role, and their receipts in it. */
export class GroupMemberQueries {
  private readonly members: Repository<GroupMember>;
  private readonly withNames: CompiledQuery<{ groupId: number }>;
  private readonly advance: CompiledQuery<Advance>;

  constructor(private readonly dataSource: DataSource) {
    this.members = dataSource.getRepository(GroupMember);
    this.withNames = new CompiledQuery(
      dataSource,
      `SELECT u."id", u."username", u."display_name", u."status_text", u."avatar_key", gm."role", gm."last_read_id", gm."last_delivered_id"
        FROM "group_members" gm JOIN "users" u ON u."id" = gm."user_id"
        WHERE gm."group_id" = :groupId ORDER BY gm."joined_at", gm."user_id"`,
      ["groupId"],
    );
    // Markers only move forward, whatever order concurrent tabs report in; read implies delivered.
    const forward = (column: string, value: string) => `CASE WHEN ${value} > "${column}" THEN ${value} ELSE "${column}" END`;
    this.advance = new CompiledQuery(
      dataSource,
      `UPDATE "group_members" SET "last_read_id" = ${forward("last_read_id", ":readId")}, "last_delivered_id" = ${forward("last_delivered_id", ":upTo")}
        WHERE "group_id" = :groupId AND "user_id" = :userId`,
      ["readId", "upTo", "groupId", "userId"],
    );
  }

  /** Every member with their username, oldest first. */
  withUsernames(groupId: number): Promise<MemberRow[]> {
    return this.withNames.run<MemberRow>({ groupId });
  }

  /** Every current member, oldest first, with their receipts. */
  oldestFirst(groupId: number): Promise<GroupMember[]> {
    return this.members.find({ where: { groupId }, order: { joinedAt: "ASC", userId: "ASC" } });
  }

  async ids(groupId: number): Promise<number[]> {
    return (await this.members.find({ select: { userId: true }, where: { groupId } })).map((member) => member.userId);
  }

  find(groupId: number, userId: number): Promise<GroupMember | null> {
    return this.members.findOneBy({ groupId, userId });
  }

  /** For a member known to exist: throws when there is none. */
  findExisting(groupId: number, userId: number): Promise<GroupMember> {
    return this.members.findOneByOrFail({ groupId, userId });
  }

  /** Whether the user is a member (with that role, when given). */
  exists(groupId: number, userId: number, role?: GroupRole): Promise<boolean> {
    return this.members.existsBy(role === undefined ? { groupId, userId } : { groupId, userId, role });
  }

  countAdmins(groupId: number): Promise<number> {
    return this.members.countBy({ groupId, role: "admin" });
  }

  /** Adds these people; anyone already a member is left as they are. */
  async insert(
    rows: Array<Pick<GroupMember, "groupId" | "userId" | "role" | "joinedAt" | "lastReadId" | "lastDeliveredId" | "unreadCount">>,
  ): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(GroupMember).values(rows).orIgnore().execute();
  }

  async remove(groupId: number, userId: number): Promise<void> {
    await this.members.delete({ groupId, userId });
  }

  async setRole(groupId: number, userId: number, role: GroupRole): Promise<void> {
    await this.members.update({ groupId, userId }, { role });
  }

  /** Moves a member's read and delivered markers forward (never back). */
  async advanceMarkers(advance: Advance): Promise<void> {
    await this.advance.run(advance);
  }
}
