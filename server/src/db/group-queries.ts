import type { DataSource, Repository } from "typeorm";
import { Group } from "../entities/Group";

/** Reads and writes of `groups` (their members are in GroupMemberQueries). */
export class GroupQueries {
  private readonly groups: Repository<Group>;

  constructor(dataSource: DataSource) {
    this.groups = dataSource.getRepository(Group);
  }

  create(fields: Pick<Group, "name" | "createdBy" | "createdAt">): Promise<Group> {
    return this.groups.save(this.groups.create({ ...fields, lastMessageId: null, membersCanPin: false }));
  }

  findById(id: number): Promise<Group | null> {
    return this.groups.findOneBy({ id });
  }

  /** For a group known to exist: throws when it does not. */
  findExisting(id: number): Promise<Group> {
    return this.groups.findOneByOrFail({ id });
  }

  async rename(id: number, name: string): Promise<void> {
    await this.groups.update({ id }, { name });
  }

  async setMembersCanPin(id: number, membersCanPin: boolean): Promise<void> {
    await this.groups.update({ id }, { membersCanPin });
  }

  /** Deletes the group; its members and messages go with it (foreign keys cascade). */
  async remove(id: number): Promise<void> {
    await this.groups.delete({ id });
  }
}
