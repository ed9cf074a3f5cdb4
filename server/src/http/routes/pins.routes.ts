import { type RequestHandler, Router } from "express";
import type { PinService } from "../../services/pin.service";
import { messageIdParamsSchema, parseInput, pinsQuerySchema } from "../../schemas";
import { currentUser } from "../middleware/authenticate";

/** `PUT` pins (again: no change), `DELETE` unpins; both answer the pin's state. The list is newest pin first. */
export function pinRoutes(pins: PinService, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.put("/messages/:id/pin", ...authenticated, async (req, res) => {
    const { id } = parseInput(messageIdParamsSchema, req.params);
    res.json(await pins.pin(currentUser(req).id, id));
  });

  router.delete("/messages/:id/pin", ...authenticated, async (req, res) => {
    const { id } = parseInput(messageIdParamsSchema, req.params);
    res.json(await pins.unpin(currentUser(req).id, id));
  });

  router.get("/conversations/pins", ...authenticated, async (req, res) => {
    res.json(await pins.list(currentUser(req).id, parseInput(pinsQuerySchema, req.query)));
  });

  return router;
}
