import { isUniqueViolation } from "../db/errors";
import type { UserQueries } from "../db/user-queries";
import type { User } from "../entities/User";
import { badRequest, conflict, forbidden, unauthorized } from "../errors";
import type { ChangePasswordInput, LoginInput, RegisterInput } from "../schemas";
import { PasswordStrength } from "../security/password-strength";
import type { PasswordHasher } from "../security/passwords";
import type { LoginBackoff } from "../security/rate-limits";
import type { TokenService } from "../security/tokens";
import { isTombstoneName } from "./profile-json";
import type { SessionService } from "./session.service";
import { DEACTIVATED_MESSAGE } from "./admin.service";
import { confirmPassword } from "./confirm-password";

export interface Session {
  user: User;
  token: string;
}

const INVALID_CREDENTIALS = "Invalid username or password";

export class AuthService {
  constructor(
    private readonly users: UserQueries,
    private readonly passwords: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly backoff: LoginBackoff,
    private readonly sessions: SessionService,
    /** Told of each new account (its verification mail goes out). */
    private readonly registered: (user: User) => void = () => {},
    private readonly strength = new PasswordStrength(),
  ) {}

  /** `userAgent`: the request's User-Agent, kept on the session so its owner can tell sessions apart. */
  async register(input: RegisterInput, userAgent?: string): Promise<Session> {
    await this.assertAvailable(input.username, input.email);
    const passwordHash = await this.passwords.hash(input.password);
    let user: User;
    try {
      user = await this.users.insert({ username: input.username, email: input.email, passwordHash, createdAt: new Date() });
    } catch (error) {
      // Two registrations raced past assertAvailable: the unique indexes decide.
      if (isUniqueViolation(error)) await this.assertAvailable(input.username, input.email);
      throw error;
    }
    this.registered(user);
    return { user, token: await this.sessions.start(user.id, userAgent) };
  }

  /** Same message and the same bcrypt work whether the user is missing or the password is wrong. */
  async login(input: LoginInput, userAgent?: string): Promise<Session> {
    const identifier = input.username.toLowerCase();
    await this.backoff.assertAllowed(identifier);
    const user = await this.users.findForLogin(identifier.includes("@") ? "email" : "username", identifier);
    const valid = await this.passwords.verify(input.password, user?.passwordHash);
    if (!user || !valid) {
      await this.backoff.recordFailure(identifier);
      throw unauthorized(INVALID_CREDENTIALS);
    }
    await this.backoff.recordSuccess(identifier);
    // Said only to someone who knows the password: a guesser learns nothing about the account.
    if (user.deactivatedAt) throw forbidden(DEACTIVATED_MESSAGE);
    return { user, token: await this.sessions.start(user.id, userAgent) };
  }

  /**
   * Checks the current password (wrong: 403, counted by the same per-account backoff as log-in, so
   * guesses here and at log-in share one budget), then sets the new one and signs out every other
   * session. A weak new password is a 400 that says why, before any bcrypt work.
   */
  async changePassword(userId: number, currentSessionId: number, input: ChangePasswordInput): Promise<void> {
    const user = await this.users.findWithHash(userId);
    if (!user) throw unauthorized();
    const weakness = this.strength.weakness(input.new_password, [user.username, user.email, user.email.split("@")[0] ?? ""]);
    if (weakness) throw badRequest(`new_password is too easy to guess: ${weakness}`);
    await confirmPassword({ passwords: this.passwords, backoff: this.backoff }, user, input.current_password, "current_password");
    if (input.new_password === input.current_password) throw badRequest("new_password must differ from the current password");
    await this.users.setPasswordHash(user.id, await this.passwords.hash(input.new_password));
    await this.sessions.revokeAllExcept(user.id, currentSessionId);
  }

  /** The user a token speaks for, or null if the token is bad or its session is revoked, expired or gone. */
  async authenticate(token: string): Promise<{ user: User; sessionId: number; expiresAt: Date } | null> {
    const claims = this.tokens.verify(token);
    if (!claims) return null;
    const session = await this.sessions.authenticate(claims);
    return session ? { ...session, expiresAt: claims.expiresAt } : null;
  }

  private async assertAvailable(username: string, email: string): Promise<void> {
    // A deleted account's name, and the form its tombstone takes: nobody may pose as them.
    if (isTombstoneName(username.toLowerCase())) throw conflict("username is reserved");
    if (await this.users.isUsernameHeld(username, Date.now())) {
      throw conflict("username belonged to a deleted account and is held for a while; choose another");
    }
    const taken = await this.users.findClashing(username, email);
    if (taken.some((user) => user.username.toLowerCase() === username.toLowerCase())) throw conflict("username is already taken");
    if (taken.length > 0) throw conflict("email is already registered");
  }
}
