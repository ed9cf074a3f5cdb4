import { type RequestHandler, Router } from "express";
import { parseInput, pushEndpointSchema, pushPreferencesSchema, pushSubscriptionSchema } from "../../schemas";
import type { PushService } from "../../services/push.service";
import { currentUser } from "../middleware/authenticate";

/** Web Push: the key browsers subscribe with, their subscriptions, and whether pushes show the text. */
export function pushRoutes(push: PushService, allowInsecureEndpoints: boolean, authenticated: RequestHandler[]): Router {
  const router = Router();
  const subscriptionSchema = pushSubscriptionSchema(allowInsecureEndpoints);

  router.get("/push/vapid-key", ...authenticated, (_req, res) => {
    res.json(push.vapidKey());
  });

  router.post("/push/subscriptions", ...authenticated, async (req, res) => {
    const input = parseInput(subscriptionSchema, req.body);
    const { subscription, created } = await push.subscribe(currentUser(req).id, input, req.get("user-agent"));
    res.status(created ? 201 : 200).json({ subscription });
  });

  router.delete("/push/subscriptions", ...authenticated, async (req, res) => {
    const { endpoint } = parseInput(pushEndpointSchema, req.body);
    await push.unsubscribe(currentUser(req).id, endpoint);
    res.status(204).end();
  });

  router.get("/push/preferences", ...authenticated, async (req, res) => {
    res.json(await push.preferences(currentUser(req).id));
  });

  router.put("/push/preferences", ...authenticated, async (req, res) => {
    res.json(await push.setPreferences(currentUser(req).id, parseInput(pushPreferencesSchema, req.body)));
  });

  return router;
}
