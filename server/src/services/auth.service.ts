import { isUniqueViolation } from "../db/errors";
import type { UserQueries } from "../db/user-queries";
import type { User } from "../entities/User";
import { conflict, unauthorized } from "../errors";
import type { LoginInput, RegisterInput } from "../schemas";
import type { PasswordHasher } from "../security/passwords";
import type { LoginBackoff } from "../security/rate-limits";
import type { TokenService } from "../security/tokens";
import type { SessionService } from "./session.service";

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
    return { user, token: await this.sessions.start(user.id, userAgent) };
  }

  /** The user a token speaks for, or null if the token is bad or its session is revoked, expired or gone. */
  async authenticate(token: string): Promise<{ user: User; sessionId: number; expiresAt: Date } | null> {
    const claims = this.tokens.verify(token);
    if (!claims) return null;
    const session = await this.sessions.authenticate(claims);
    return session ? { ...session, expiresAt: claims.expiresAt } : null;
  }

  private async assertAvailable(username: string, email: string): Promise<void> {
    const taken = await this.users.findClashing(username, email);
    if (taken.some((user) => user.username.toLowerCase() === username.toLowerCase())) throw conflict("username is already taken");
    if (taken.length > 0) throw conflict("email is already registered");
  }
}
