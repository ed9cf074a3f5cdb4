import { type RequestHandler, Router } from "express";
import { deleteAccountSchema, parseInput } from "../../schemas";
import type { FixedWindowLimit } from "../../security/rate-limits";
import type { AccountDeletionService } from "../../services/account-deletion.service";
import type { ExportService } from "../../services/export.service";
import { currentSessionId, currentUser } from "../middleware/authenticate";

export interface AccountRouteDeps {
  deletion: AccountDeletionService;
  exports: ExportService;
  /** Exports per user (each reads the whole history). */
  exportLimit: FixedWindowLimit;
  /** The log-in budget per address: a wrong password here is a password guess. */
  limitPerIp: RequestHandler;
}

/** The caller's data taken away (`GET /api/me/export`) and the account deleted (`DELETE /api/me`). */
export function accountRoutes(deps: AccountRouteDeps, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.get("/me/export", ...authenticated, async (req, res) => {
    const userId = currentUser(req).id;
    await deps.exportLimit.consume(String(userId));
    const username = await deps.exports.username(userId);
    const date = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="chat-export-${username}-${date}.json"`);
    res.setHeader("Cache-Control", "no-store");
    try {
      await deps.exports.write(userId, currentSessionId(req), res);
      res.end();
    } catch (error) {
      if (!res.headersSent) throw error;
      // Part of the body is out: cut the response so the file is visibly incomplete.
      res.destroy();
    }
  });

  router.delete("/me", ...authenticated, deps.limitPerIp, async (req, res) => {
    const input = parseInput(deleteAccountSchema, req.body);
    await deps.deletion.delete(currentUser(req).id, input);
    res.status(204).end();
  });

  return router;
}
