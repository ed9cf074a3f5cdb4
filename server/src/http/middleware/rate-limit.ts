import type { RequestHandler } from "express";
import type { FixedWindowLimit } from "../../security/rate-limits";
import { currentUser } from "./authenticate";

/** Counts each request against the caller's address (behind a proxy, see TRUST_PROXY). */
export const limitByIp =
  (limit: FixedWindowLimit): RequestHandler =>
  async (req, _res, next) => {
    await limit.consume(req.ip ?? "unknown");
    next();
  };

/** Counts each request against the authenticated user, wherever it comes from. */
export const limitByUser =
  (limit: FixedWindowLimit): RequestHandler =>
  async (req, _res, next) => {
    await limit.consume(String(currentUser(req).id));
    next();
  };
