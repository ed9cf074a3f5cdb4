import type { DataSource, Repository } from "typeorm";
import { User } from "../entities/User";
import { CompiledQuery } from "./compiled-query";

/** The profile columns of `users` as raw rows carry them (joined under these names). */
export interface ProfileColumns {
  display_name: string | null;
  status_text: string | null;
  avatar_key: string | null;
}

/** The profile columns a change sets; a field left out stays as it is. */
export type ProfilePatch = Partial<Pick<User, "displayName" | "statusText" | "avatarKey">>;

/** Writes of the profile columns of `users`, and who sees a person's profile live. */
export class ProfileQueries {
  private readonly users: Repository<User>;
  private readonly audienceOf: CompiledQuery<{ userId: number }>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(User);
    // Each branch is a range scan of an index: the two of conversation_pairs, and group_members' key.
    this.audienceOf = new CompiledQuery(
      dataSource,
      `SELECT "high_id" AS "id" FROM "conversation_pairs" WHERE "low_id" = :userId
       UNION SELECT "low_id" AS "id" FROM "conversation_pairs" WHERE "high_id" = :userId
       UNION SELECT o."user_id" AS "id" FROM "group_members" mine JOIN "group_members" o ON o."group_id" = mine."group_id"
         WHERE mine."user_id" = :userId`,
      ["userId"],
    );
  }

  /**
   * Sets the fields if the avatar is still `expectedAvatarKey` (compare-and-set, so of two changes
   * at once exactly one wins and neither leaves the other's renditions behind); whether it did.
   */
  async update(userId: number, patch: ProfilePatch, expectedAvatarKey: string | null): Promise<boolean> {
    if (Object.keys(patch).length === 0) return true;
    const result = await this.users
      .createQueryBuilder()
      .update(User)
      .set(patch)
      .where("id = :userId", { userId })
      .andWhere(expectedAvatarKey === null ? "avatar_key IS NULL" : "avatar_key = :expectedAvatarKey", { expectedAvatarKey })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Everyone who has a direct conversation with the user or shares a group with them (the user too, when in a group). */
  async audience(userId: number): Promise<number[]> {
    const rows = await this.audienceOf.run<{ id: number | string }>({ userId });
    return rows.map((row) => Number(row.id));
  }
}
