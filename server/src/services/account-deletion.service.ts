import type { AccountQueries } from "../db/account-queries";
import type { UserQueries } from "../db/user-queries";
import { unauthorized } from "../errors";
import { AVATAR_SIZES } from "../media/images";
import type { DeleteAccountInput } from "../schemas";
import type { PasswordHasher } from "../security/passwords";
import type { LoginBackoff } from "../security/rate-limits";
import type { Storage } from "../storage/storage";
import type { GroupService } from "./group.service";
import type { ProfileService } from "./profile.service";
import type { SessionService } from "./session.service";
import { confirmPassword } from "./confirm-password";

const DAY_MS = 24 * 3600 * 1000;

/**
 * `DELETE /api/me`. The account becomes a tombstone (AccountQueries.tombstone): the messages it sent
 * stay, text included, in the histories of the people they were sent to, shown as from "Deleted
 * account"; its uploads and avatar are freed; every session ends (sockets disconnected); it leaves
 * every group as if it had left itself (the last admin's place goes to the longest-standing
 * member; a group left empty is deleted). Its name stays held for `holdDays`. Everyone who saw
 * the person live (ProfileService's audience, taken before the tombstone cuts blocks and groups)
 * gets the tombstone as `user:updated`.
 */
export class AccountDeletionService {
  constructor(
    private readonly users: UserQueries,
    private readonly accounts: AccountQueries,
    private readonly passwords: PasswordHasher,
    private readonly backoff: LoginBackoff,
    private readonly sessions: SessionService,
    private readonly groups: GroupService,
    private readonly profiles: Pick<ProfileService, "audience" | "announce">,
    private readonly storage: Storage,
    private readonly holdDays: number,
    private readonly log: (error: unknown) => void,
    private readonly clock: () => number = Date.now,
  ) {}

  /** A wrong password is a 403 counted by the log-in backoff of the account, as for a password change. */
  async delete(userId: number, input: DeleteAccountInput): Promise<void> {
    const user = await this.users.findWithHash(userId);
    if (!user) throw unauthorized();
    await confirmPassword({ passwords: this.passwords, backoff: this.backoff }, user, input.password, "password");
    const audience = await this.profiles.audience(userId);
    const now = this.clock();
    const freed = await this.accounts.tombstone(userId, now + this.holdDays * DAY_MS, now);
    if (!freed) throw unauthorized();
    await this.sessions.revokeAllExcept(userId, 0);
    for (const group of await this.accounts.groupsOf(userId)) await this.groups.leave(userId, Number(group.id));
    await this.profiles.announce(userId, audience);
    // The rows are gone already; bytes left behind by a failed delete are unreachable, so log and go on.
    const keys = freed.uploads.flatMap((row) => (row.thumbnail_key ? [row.storage_key, row.thumbnail_key] : [row.storage_key]));
    if (freed.avatarKey) keys.push(...Object.values(AVATAR_SIZES).map((size) => `${freed.avatarKey}-${size}`));
    await Promise.all(keys.map((key) => this.storage.delete(key).catch(this.log)));
  }
}
