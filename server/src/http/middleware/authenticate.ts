import type { NextFunction, Request, RequestHandler, Response } from "express";
import { Passport } from "passport";
import { ExtractJwt, Strategy as JwtStrategy } from "passport-jwt";
import type { User } from "../../entities/User";
import { unauthorized } from "../../errors";
import type { TokenService } from "../../security/tokens";
import type { UserService } from "../../services/user.service";

/** Bearer-token authentication with passport-jwt; the algorithm and issuer come from TokenService. */
export function createAuthenticate(tokens: TokenService, users: UserService): RequestHandler {
  const passport = new Passport();
  passport.use(
    new JwtStrategy(
      { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ...tokens.passportOptions },
      (payload: object, done: (error: unknown, user?: User | false) => void) => {
        const claims = tokens.claimsOf(payload);
        if (!claims) return done(null, false);
        users.findById(claims.userId).then((user) => done(null, user ?? false), done);
      },
    ),
  );
  const strategy = passport.initialize();
  return (req: Request, res: Response, next: NextFunction) => {
    strategy(req, res, () => {
      const authenticate = passport.authenticate("jwt", { session: false }, (error: unknown, user: User | false) => {
        if (error) return next(error);
        if (!user) return next(unauthorized("Missing, invalid or expired token"));
        req.user = user;
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
