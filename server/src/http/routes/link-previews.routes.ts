import { pipeline } from "node:stream/promises";
import { type RequestHandler, Router } from "express";
import type { LinkPreviewService } from "../../link-preview/link-preview.service";
import { messageIdParamsSchema, parseInput } from "../../schemas";
import { currentUser } from "../middleware/authenticate";

/** The sender removes a message's preview for good; members get its image from the server, never from the site. */
export function linkPreviewRoutes(previews: LinkPreviewService, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.delete("/messages/:id/link-preview", ...authenticated, async (req, res) => {
    const { id } = parseInput(messageIdParamsSchema, req.params);
    res.json({ message: await previews.remove(currentUser(req).id, id) });
  });

  router.get("/messages/:id/link-preview/image", ...authenticated, async (req, res) => {
    const { id } = parseInput(messageIdParamsSchema, req.params);
    const image = await previews.image(currentUser(req).id, id);
    res.setHeader("Content-Type", "image/webp");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Security-Policy", "sandbox");
    res.setHeader("Cache-Control", "private, max-age=300");
    await pipeline(image, res);
  });

  return router;
}
