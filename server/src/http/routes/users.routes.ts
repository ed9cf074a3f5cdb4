import { type RequestHandler, Router } from "express";
import { toOwnUser, toUserProfile } from "../../services/presenters";
import type { UserService } from "../../services/user.service";
import { currentUser } from "../middleware/authenticate";
import { parseInput, userSearchSchema } from "../../schemas";
import type { User } from "../../entities/User";

export function userRoutes(users: UserService, authenticated: RequestHandler[], isAdmin: (user: User) => boolean = () => false): Router {
  const router = Router();

  // The session check loaded the whole account, profile included.
  router.get("/me", ...authenticated, (req, res) => {
    const user = currentUser(req);
    res.json({ user: { ...toOwnUser(user), is_admin: isAdmin(user) } });
  });

  router.get("/users", ...authenticated, async (req, res) => {
    const { search } = parseInput(userSearchSchema, req.query);
    const found = await users.search(currentUser(req).id, search);
    res.json({ users: found.map(toUserProfile) });
  });

  return router;
}
