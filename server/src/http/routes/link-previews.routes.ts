import { pipeline } from "node:stream/promises";
import type { Readable } from "node:stream";
import { type RequestHandler, type Response, Router } from "express";
import type { LinkPreviewService } from "../../link-preview/link-preview.service";
import { messageIdParamsSchema, parseInput, signedLinkQuerySchema } from "../../schemas";
import { currentUser } from "../middleware/authenticate";

/**
 * The sender removes a message's preview for good; members get its image from the server, never from
 * the site: by the signed link of the message JSON (an `<img>` sends no token), or with a Bearer token.
 */
export function linkPreviewRoutes(previews: LinkPreviewService, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.delete("/messages/:id/link-preview", ...authenticated, async (req, res) => {
    const { id } = parseInput(messageIdParamsSchema, req.params);
    res.json({ message: await previews.remove(currentUser(req).id, id) });
  });

  router.get("/messages/:id/link-preview/image", async (req, res, next) => {
    if (req.query.sig === undefined && req.query.exp === undefined) return next();
    const { id } = parseInput(messageIdParamsSchema, req.params);
    const { exp, sig } = parseInput(signedLinkQuerySchema, req.query);
    await sendImage(res, await previews.signedImage(id, exp, sig));
  });

  router.get("/messages/:id/link-preview/image", ...authenticated, async (req, res) => {
    const { id } = parseInput(messageIdParamsSchema, req.params);
    await sendImage(res, await previews.image(currentUser(req).id, id));
  });

  return router;
}

async function sendImage(res: Response, image: Readable): Promise<void> {
  res.setHeader("Content-Type", "image/webp");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Content-Security-Policy", "sandbox");
  res.setHeader("Cache-Control", "private, max-age=300");
  await pipeline(image, res);
}
