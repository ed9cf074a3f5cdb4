import { type RequestHandler, Router } from "express";
import { parseInput, sessionParamsSchema } from "../../schemas";
import type { SessionService } from "../../services/session.service";
import { currentSessionId, currentUser } from "../middleware/authenticate";

/** The caller's sessions (log-ins): listed, and signed out one by one or all but this one. */
export function sessionRoutes(sessions: SessionService, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.get("/sessions", ...authenticated, async (req, res) => {
    res.json(await sessions.list(currentUser(req).id, currentSessionId(req)));
  });

  // Log-out: the token's own session, so a client need not know its id.
  router.delete("/sessions/current", ...authenticated, async (req, res) => {
    await sessions.revoke(currentUser(req).id, currentSessionId(req));
    res.status(204).end();
  });

  router.delete("/sessions/:id", ...authenticated, async (req, res) => {
    const { id } = parseInput(sessionParamsSchema, req.params);
    await sessions.revoke(currentUser(req).id, id);
    res.status(204).end();
  });

  router.post("/sessions/revoke-others", ...authenticated, async (req, res) => {
    res.json({ revoked: await sessions.revokeAllExcept(currentUser(req).id, currentSessionId(req)) });
  });

  return router;
}
