import type { NextFunction, Request, RequestHandler, Response } from "express";
import { Passport } from "passport";
import { ExtractJwt, Strategy as JwtStrategy } from "passport-jwt";
import type { User } from "../../entities/User";
import { unauthorized } from "../../errors";
import type { TokenService } from "../../security/tokens";
import type { AuthenticatedSession, SessionService } from "../../services/session.service";

/** The session each authenticated request came with (for `current` and "every other session"). */
const sessionOfRequest = new WeakMap<Request, number>();

/**
 * Bearer-token authentication with passport-jwt; the algorithm and issuer come from TokenService.
 * The token must name a live session (looked up by primary key on every request), so a revoked
 * session's tokens stop at once on every process.
 */
export function createAuthenticate(tokens: TokenService, sessions: SessionService): RequestHandler {
  const passport = new Passport();
  passport.use(
    new JwtStrategy(
      { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ...tokens.passportOptions },
      (payload: object, done: (error: unknown, session?: AuthenticatedSession | false) => void) => {
        const claims = tokens.claimsOf(payload);
        if (!claims) return done(null, false);
        sessions.authenticate(claims).then((session) => done(null, session ?? false), done);
      },
    ),
  );
  const strategy = passport.initialize();
  return (req: Request, res: Response, next: NextFunction) => {
    strategy(req, res, () => {
      const authenticate = passport.authenticate("jwt", { session: false }, (error: unknown, session: AuthenticatedSession | false) => {
        if (error) return next(error);
        if (!session) return next(unauthorized("Missing, invalid or expired token"));
        req.user = session.user;
        sessionOfRequest.set(req, session.sessionId);
        next();
      }) as RequestHandler;
      authenticate(req, res, next);
    });
  };
}

/** The authenticated user of a request that went through `authenticate`. */
export function currentUser(req: Request): User {
  if (!req.user) throw unauthorized();
  return req.user as User;
}

/** The session of a request that went through `authenticate`. */
export function currentSessionId(req: Request): number {
  const id = sessionOfRequest.get(req);
  if (id === undefined) throw unauthorized();
  return id;
}
