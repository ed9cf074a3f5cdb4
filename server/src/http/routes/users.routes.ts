import { type RequestHandler, Router } from "express";
import { toOwnUser, toUserProfile } from "../../services/presenters";
import type { UserService } from "../../services/user.service";
import { currentUser } from "../middleware/authenticate";
import { parseInput, userSearchSchema } from "../../schemas";

export function userRoutes(users: UserService, authenticated: RequestHandler[]): Router {
  const router = Router();

  // Read again: the session check loads the account without its profile.
  router.get("/me", ...authenticated, async (req, res) => {
    const user = await users.findById(currentUser(req).id);
    res.json({ user: toOwnUser(user ?? currentUser(req)) });
  });

  router.get("/users", ...authenticated, async (req, res) => {
    const { search } = parseInput(userSearchSchema, req.query);
    const found = await users.search(currentUser(req).id, search);
    res.json({ users: found.map(toUserProfile) });
  });

  return router;
}
