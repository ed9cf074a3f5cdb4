import { type RequestHandler, type Response, Router } from "express";
import { pipeline } from "node:stream/promises";
import rangeParser from "range-parser";
import type { AttachmentContent, AttachmentService } from "../../services/attachment.service";
import { attachmentParamsSchema, attachmentVariantParamsSchema, parseInput, signedLinkQuerySchema } from "../../schemas";
import { currentUser } from "../middleware/authenticate";
import { receiveFile } from "../upload/receive-file";

/** Uploads (bearer token), fresh links (bearer token), and the bytes behind a signed link (no token: `<img>` and `<audio>` send none). */
export function attachmentRoutes(attachments: AttachmentService, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.post("/attachments", ...authenticated, async (req, res) => {
    const userId = currentUser(req).id;
    const { maxBytes, refusal } = await attachments.uploadAllowance(userId);
    const attachment = await receiveFile(req, {
      maxBytes,
      tooLarge: refusal,
      handle: (file) => attachments.store(userId, file),
      discard: (stored) => attachments.discard(stored),
    });
    res.status(201).json({ attachment });
  });

  router.get("/attachments/:id", ...authenticated, async (req, res) => {
    const { id } = parseInput(attachmentParamsSchema, req.params);
    res.json({ attachment: await attachments.view(currentUser(req).id, id) });
  });

  router.get("/attachments/:id/:variant", async (req, res) => {
    const { id, variant } = parseInput(attachmentVariantParamsSchema, req.params);
    const { exp, sig } = parseInput(signedLinkQuerySchema, req.query);
    const content = await attachments.content(id, variant, exp, sig);
    await sendContent(res, content, req.headers.range, attachments);
  });

  return router;
}

/** The bytes, with the headers that keep a browser from running them, and Range answered (206/416). */
async function sendContent(
  res: Response,
  content: AttachmentContent,
  rangeHeader: string | undefined,
  attachments: AttachmentService,
): Promise<void> {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Content-Security-Policy", "sandbox");
  res.setHeader("Cache-Control", "private, max-age=300");
  res.setHeader("Accept-Ranges", "bytes");

  let range: { start: number; end: number } | undefined;
  if (rangeHeader !== undefined) {
    const parsed = rangeParser(content.size, rangeHeader, { combine: true });
    if (parsed === -1) {
      res.setHeader("Content-Range", `bytes */${content.size}`);
      res.status(416).json({ error: "Range not satisfiable" });
      return;
    }
    // A malformed header (-2) or several ranges: the whole file, as HTTP allows.
    if (parsed !== -2 && parsed.length === 1) range = parsed[0];
  }
  const stream = await attachments.open(content.key, range);
  if (!stream) {
    res.status(404).json({ error: "Attachment not found" });
    return;
  }
  res.attachment(content.name);
  if (content.inline) res.setHeader("Content-Disposition", String(res.getHeader("Content-Disposition")).replace(/^attachment/, "inline"));
  // After res.attachment(), which would set a type from the name's extension.
  res.setHeader("Content-Type", content.contentType);
  if (range) {
    res.status(206).setHeader("Content-Range", `bytes ${range.start}-${range.end}/${content.size}`);
    res.setHeader("Content-Length", String(range.end - range.start + 1));
  } else {
    res.setHeader("Content-Length", String(content.size));
  }
  // pipeline closes the file when the client goes away mid-download.
  await pipeline(stream, res).catch(() => undefined);
}
