import type { ErrorRequestHandler, RequestHandler } from "express";
import { HttpError } from "../../errors";
import { TooManyRequestsError } from "../../security/rate-limits";

export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json({ error: "Not found" });
};

/** Errors thrown by body-parser carry a `type`; these are the client's fault, never a 500. */
const BODY_ERRORS: Record<string, { status: number; error: string }> = {
  "entity.too.large": { status: 413, error: "Request body is too large" },
  "entity.parse.failed": { status: 400, error: "Request body is not valid JSON" },
  "encoding.unsupported": { status: 415, error: "Unsupported content encoding" },
  "charset.unsupported": { status: 415, error: "Unsupported charset" },
  "request.aborted": { status: 400, error: "Request was aborted" },
  "request.size.invalid": { status: 400, error: "Request body length does not match Content-Length" },
  "parameters.too.many": { status: 413, error: "Too many parameters" },
};

export function createErrorHandler(log: (error: unknown) => void): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    if (res.headersSent) return;
    if (error instanceof HttpError) {
      if (error instanceof TooManyRequestsError) res.setHeader("Retry-After", String(error.retryAfterSeconds));
      res.status(error.status).json({ error: error.message });
      return;
    }
    // Errors from body-parser and Express carry a `type` and a `status`; anything else may be thrown.
    const { type, status: statusField, statusCode } = (error ?? {}) as { type?: unknown; status?: unknown; statusCode?: unknown };
    const bodyError = typeof type === "string" ? BODY_ERRORS[type] : undefined;
    if (bodyError) {
      res.status(bodyError.status).json({ error: bodyError.error });
      return;
    }
    const status = Number(statusField ?? statusCode);
    if (status >= 400 && status < 500) {
      res.status(status).json({ error: "Bad request" });
      return;
    }
    log(error);
    res.status(500).json({ error: "Internal server error" });
  };
}
