import { createSecretKey, type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";

/** Pinned: a token signed with any other algorithm, including "none", is refused. */
export const JWT_ALGORITHM = "HS256" as const;
const ISSUER = "chat-app";

export interface TokenClaims {
  userId: number;
  /** The `sid` claim: the session (sessions table) the token belongs to. */
  sessionId: number;
  expiresAt: Date;
}

export class TokenService {
  /**
   * A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a public
   * key on every call and fails over (measured: 335 µs per verify against 6.5 µs with a KeyObject).
   */
  private readonly key: KeyObject;

  constructor(
    secret: string,
    readonly ttlSeconds: number,
  ) {
    this.key = createSecretKey(Buffer.from(secret, "utf8"));
  }

  issue(userId: number, sessionId: number): string {
    return jwt.sign({ sid: sessionId }, this.key, {
      algorithm: JWT_ALGORITHM,
      subject: String(userId),
      issuer: ISSUER,
      expiresIn: this.ttlSeconds,
    });
  }

  /** Returns the claims of a valid token, or null for anything expired, forged or malformed. */
  verify(token: string): TokenClaims | null {
    try {
      const payload = jwt.verify(token, this.key, { algorithms: [JWT_ALGORITHM], issuer: ISSUER });
      if (typeof payload === "string") return null;
      return this.claimsOf(payload);
    } catch {
      return null;
    }
  }

  /** Options for passport-jwt, so REST and sockets verify with exactly the same rules. */
  get passportOptions() {
    // passport-jwt hands secretOrKey to jsonwebtoken unchanged, which takes a KeyObject; its
    // typings only list string | Buffer.
    return { secretOrKey: this.key as unknown as Buffer, algorithms: [JWT_ALGORITHM], issuer: ISSUER };
  }

  /** Null for a token without a session (every token issued before sessions existed). */
  claimsOf(payload: jwt.JwtPayload): TokenClaims | null {
    const userId = Number(payload.sub);
    const sessionId: unknown = payload.sid;
    if (!Number.isSafeInteger(userId) || userId <= 0 || typeof payload.exp !== "number") return null;
    if (typeof sessionId !== "number" || !Number.isSafeInteger(sessionId) || sessionId <= 0) return null;
    return { userId, sessionId, expiresAt: new Date(payload.exp * 1000) };
  }
}
