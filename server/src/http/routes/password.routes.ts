import { type RequestHandler, Router } from "express";
import { changePasswordSchema, parseInput } from "../../schemas";
import type { AuthService } from "../../services/auth.service";
import { currentSessionId, currentUser } from "../middleware/authenticate";

/** `limitPerIp`: the log-in budget per address, as a wrong current password is a password guess. */
export function passwordRoutes(auth: AuthService, authenticated: RequestHandler[], limitPerIp: RequestHandler): Router {
  const router = Router();

  router.post("/me/password", ...authenticated, limitPerIp, async (req, res) => {
    const input = parseInput(changePasswordSchema, req.body);
    await auth.changePassword(currentUser(req).id, currentSessionId(req), input);
    res.status(204).end();
  });

  return router;
}
