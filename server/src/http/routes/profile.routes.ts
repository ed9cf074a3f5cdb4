import { type RequestHandler, Router } from "express";
import { pipeline } from "node:stream/promises";
import { avatarParamsSchema, avatarQuerySchema, parseInput, updateProfileSchema } from "../../schemas";
import { toOwnUser } from "../../services/presenters";
import type { ProfileService } from "../../services/profile.service";
import type { User } from "../../entities/User";
import { currentUser } from "../middleware/authenticate";

/** A year: an avatar URL names its version, so the bytes behind it never change. */
const IMMUTABLE = "private, max-age=31536000, immutable";

/** The caller's profile change, and anyone's avatar (bearer token: avatars are for people signed in). */
export function profileRoutes(profiles: ProfileService, authenticated: RequestHandler[], isAdmin: (user: User) => boolean = () => false): Router {
  const router = Router();

  router.patch("/me", ...authenticated, async (req, res) => {
    const input = parseInput(updateProfileSchema, req.body);
    const user = await profiles.update(currentUser(req).id, input);
    // The same shape as GET /api/me.
    res.json({ user: { ...toOwnUser(user), is_admin: isAdmin(user) } });
  });

  router.get("/users/:id/avatar", ...authenticated, async (req, res) => {
    const { id } = parseInput(avatarParamsSchema, req.params);
    const { size, v } = parseInput(avatarQuerySchema, req.query);
    const avatar = await profiles.avatar(id, size);
    const etag = `"${avatar.version}-${size}"`;
    res.setHeader("ETag", etag);
    // Only the current version's URL may be kept for good; an old or bare one is checked each time.
    res.setHeader("Cache-Control", v === avatar.version ? IMMUTABLE : "private, no-cache");
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (req.headers["if-none-match"] === etag) {
      avatar.stream.destroy();
      res.status(304).end();
      return;
    }
    res.setHeader("Content-Type", "image/webp");
    await pipeline(avatar.stream, res).catch(() => undefined);
  });

  return router;
}
