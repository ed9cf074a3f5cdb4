import type { ReportQueries } from "../db/report-queries";
import type { User } from "../entities/User";
import { badRequest, forbidden, notFound } from "../errors";
import type { SessionService } from "./session.service";

export const DEACTIVATED_MESSAGE = "This account has been deactivated";

/**
 * The instance's admins are the accounts named in ADMIN_USERNAMES (case-insensitive), nothing
 * stored: removing a name from the setting and restarting takes the role away. An admin can
 * deactivate and reactivate anyone but admins (themselves included): an admin is removed from the
 * setting first, so one admin can never lock the others out.
 */
export class AdminService {
  private readonly admins: ReadonlySet<string>;

  constructor(
    adminUsernames: readonly string[],
    private readonly queries: ReportQueries,
    private readonly users: { findById(id: number): Promise<User | null> },
    private readonly sessions: SessionService,
    private readonly clock: () => number = Date.now,
  ) {
    this.admins = new Set(adminUsernames.map((name) => name.toLowerCase()));
  }

  isAdmin(user: Pick<User, "username">): boolean {
    return this.admins.has(user.username.toLowerCase());
  }

  requireAdmin(user: Pick<User, "username">): void {
    if (!this.isAdmin(user)) throw forbidden("Only the instance's admins may do this");
  }

  /**
   * Marks the account deactivated, then revokes every session (their sockets disconnect on every
   * process). The session check also refuses a deactivated account's tokens, so a log-in racing
   * this still yields nothing usable. Idempotent.
   */
  async deactivate(admin: User, userId: number): Promise<void> {
    const target = await this.target(admin, userId);
    if (target.id === admin.id) throw badRequest("You cannot deactivate your own account");
    if (this.isAdmin(target)) throw forbidden("An admin cannot be deactivated: remove them from ADMIN_USERNAMES first");
    await this.queries.deactivate(target.id, this.clock());
    await this.sessions.revokeAllExcept(target.id, 0);
  }

  /** The person can log in again; their old sessions stay ended. Idempotent. */
  async reactivate(admin: User, userId: number): Promise<void> {
    const target = await this.target(admin, userId);
    await this.queries.reactivate(target.id);
  }

  private async target(admin: User, userId: number): Promise<User> {
    this.requireAdmin(admin);
    const target = await this.users.findById(userId);
    if (!target) throw notFound("User not found");
    return target;
  }
}
