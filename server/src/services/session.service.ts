import type { SessionJson, SessionsPage } from "@chat-app/protocol";
import type { SessionQueries, SessionRow } from "../db/session-queries";
import type { User } from "../entities/User";
import { notFound } from "../errors";
import type { TokenClaims, TokenService } from "../security/tokens";
import type { SessionEvents } from "./session-events";
import { cleanUserAgent } from "./user-agent";

/** `last_used_at` is written at most this often per session, not once per request. */
export const LAST_USED_GRANULARITY_MS = 60_000;

/** Ended sessions (expired or revoked) are kept this long, then deleted by `sweep`. */
export const ENDED_SESSION_RETENTION_MS = 24 * 3600 * 1000;

export interface AuthenticatedSession {
  user: User;
  sessionId: number;
}

/** Sessions: one per log-in, checked on every request, listed and revoked by their owner. */
export class SessionService {
  constructor(
    private readonly queries: SessionQueries,
    private readonly tokens: TokenService,
    private readonly events: SessionEvents,
    private readonly clock: () => number = Date.now,
  ) {}

  /** A new session for the user and the token that carries it. */
  async start(userId: number, userAgent: string | undefined): Promise<string> {
    const now = this.clock();
    const id = await this.queries.insert({
      userId,
      userAgent: cleanUserAgent(userAgent),
      createdAt: now,
      expiresAt: now + this.tokens.ttlSeconds * 1000,
    });
    return this.tokens.issue(userId, id);
  }

  /** The user of a verified token whose session is live; null for a revoked, expired or unknown session. */
  async authenticate(claims: TokenClaims): Promise<AuthenticatedSession | null> {
    const session = await this.queries.findLive(claims.sessionId);
    const now = this.clock();
    if (!session || session.user.id !== claims.userId || session.expiresAt <= now) return null;
    if (now - session.lastUsedAt >= LAST_USED_GRANULARITY_MS) {
      await this.queries.touch(claims.sessionId, now, now - LAST_USED_GRANULARITY_MS);
    }
    return { user: session.user, sessionId: claims.sessionId };
  }

  async list(userId: number, currentId: number): Promise<SessionsPage> {
    const rows = await this.queries.list(userId, this.clock());
    return { sessions: rows.map((row) => sessionJson(row, currentId)) };
  }

  /** 404 unless it is one of the user's live sessions. */
  async revoke(userId: number, sessionId: number): Promise<void> {
    if (!(await this.queries.revoke(userId, sessionId, this.clock()))) throw notFound("No such session");
    this.events.sessionsRevoked([sessionId]);
  }

  /** Every session of the user but `keepId` (0: all of them); returns how many were revoked. */
  async revokeAllExcept(userId: number, keepId: number): Promise<number> {
    const revoked = await this.queries.revokeAllExcept(userId, keepId, this.clock());
    if (revoked.length > 0) this.events.sessionsRevoked(revoked);
    return revoked.length;
  }

  /** Deletes sessions that ended more than a day ago: nothing refers to them any more. */
  async sweep(): Promise<void> {
    await this.queries.deleteEndedBefore(this.clock() - ENDED_SESSION_RETENTION_MS);
  }
}

function sessionJson(row: SessionRow, currentId: number): SessionJson {
  return {
    id: Number(row.id),
    user_agent: row.user_agent,
    created_at: new Date(Number(row.created_at)).toISOString(),
    last_used_at: new Date(Number(row.last_used_at)).toISOString(),
    current: Number(row.id) === currentId,
  };
}
