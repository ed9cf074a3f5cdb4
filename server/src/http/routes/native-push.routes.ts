import { type RequestHandler, Router } from "express";
import { nativeTokenRemovalSchema, nativeTokenSchema, parseInput } from "../../schemas";
import type { NativePushService } from "../../services/native-push.service";
import { currentUser } from "../middleware/authenticate";

/** Native push: the mobile app's FCM registration tokens (503 while FCM is not configured). */
export function nativePushRoutes(nativePush: NativePushService, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.post("/push/native-tokens", ...authenticated, async (req, res) => {
    const { nativeToken, created } = await nativePush.register(currentUser(req).id, parseInput(nativeTokenSchema, req.body));
    res.status(created ? 201 : 200).json({ native_token: nativeToken });
  });

  router.delete("/push/native-tokens", ...authenticated, async (req, res) => {
    const { token } = parseInput(nativeTokenRemovalSchema, req.body);
    await nativePush.unregister(currentUser(req).id, token);
    res.status(204).end();
  });

  return router;
}
