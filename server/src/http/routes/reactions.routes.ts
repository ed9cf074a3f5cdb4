import { type RequestHandler, Router } from "express";
import type { ReactionService } from "../../services/reaction.service";
import { parseInput, reactionParamsSchema } from "../../schemas";
import { currentUser } from "../middleware/authenticate";

/** `PUT` adds the caller's reaction (again: no change), `DELETE` takes it back; both answer the message's reactions. */
export function reactionRoutes(reactions: ReactionService, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.put("/messages/:id/reactions/:emoji", ...authenticated, async (req, res) => {
    const { id, emoji } = parseInput(reactionParamsSchema, req.params);
    res.json(await reactions.add(currentUser(req).id, { message_id: id, emoji }));
  });

  router.delete("/messages/:id/reactions/:emoji", ...authenticated, async (req, res) => {
    const { id, emoji } = parseInput(reactionParamsSchema, req.params);
    res.json(await reactions.remove(currentUser(req).id, { message_id: id, emoji }));
  });

  return router;
}
