import { type RequestHandler, Router } from "express";
import type { CallConfig } from "../../config/config";
import type { CallService } from "../../services/call.service";
import { iceServersFor } from "../../services/ice-servers";
import { currentUser } from "../middleware/authenticate";

/** Calls are started and answered over the socket; REST gives what a tab needs first. */
export function callRoutes(calls: CallService, config: CallConfig, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.get("/calls/ice-servers", ...authenticated, (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json(iceServersFor(currentUser(req).id, config));
  });

  router.get("/calls/active", ...authenticated, async (req, res) => {
    res.json({ calls: await calls.active(currentUser(req).id) });
  });

  return router;
}
