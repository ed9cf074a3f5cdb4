import jwt from "jsonwebtoken";

/** Pinned: a token signed with any other algorithm, including "none", is refused. */
export const JWT_ALGORITHM = "HS256" as const;
const ISSUER = "chat-app";

export interface TokenClaims {
  userId: number;
  expiresAt: Date;
}

export class TokenService {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
  ) {}

  issue(userId: number): string {
    return jwt.sign({}, this.secret, {
      algorithm: JWT_ALGORITHM,
      subject: String(userId),
      issuer: ISSUER,
      expiresIn: this.ttlSeconds,
    });
  }

  /** Returns the claims of a valid token, or null for anything expired, forged or malformed. */
  verify(token: string): TokenClaims | null {
    try {
      const payload = jwt.verify(token, this.secret, { algorithms: [JWT_ALGORITHM], issuer: ISSUER });
      if (typeof payload === "string") return null;
      return this.claimsOf(payload);
    } catch {
      return null;
    }
  }

  /** Options for passport-jwt, so REST and sockets verify with exactly the same rules. */
  get passportOptions() {
    return { secretOrKey: this.secret, algorithms: [JWT_ALGORITHM], issuer: ISSUER };
  }

  claimsOf(payload: jwt.JwtPayload): TokenClaims | null {
    const userId = Number(payload.sub);
    if (!Number.isSafeInteger(userId) || userId <= 0 || typeof payload.exp !== "number") return null;
    return { userId, expiresAt: new Date(payload.exp * 1000) };
  }
}
