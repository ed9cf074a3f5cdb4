import { type RequestHandler, Router } from "express";
import { blockParamsSchema, parseInput } from "../../schemas";
import type { BlockService } from "../../services/block.service";
import { currentUser } from "../middleware/authenticate";

/** The people the caller blocked: listed, blocked and unblocked (both idempotent). */
export function blockRoutes(blocks: BlockService, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.get("/blocks", ...authenticated, async (req, res) => {
    res.json(await blocks.list(currentUser(req).id));
  });

  router.put("/blocks/:user_id", ...authenticated, async (req, res) => {
    const { user_id: userId } = parseInput(blockParamsSchema, req.params);
    await blocks.block(currentUser(req).id, userId);
    res.status(204).end();
  });

  router.delete("/blocks/:user_id", ...authenticated, async (req, res) => {
    const { user_id: userId } = parseInput(blockParamsSchema, req.params);
    await blocks.unblock(currentUser(req).id, userId);
    res.status(204).end();
  });

  return router;
}
