import type { ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { errorSchema } from "./response-schemas";

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 416 | 429 | 501 | 503;

const MEANINGS: Record<ErrorStatus, string> = {
  400: "Bad input: the message names the field",
  401: "No token, or a broken or expired one; or wrong credentials",
  403: "Not allowed to do that",
  404: "No such thing (or not one the caller may see)",
  409: "Conflicts with what is stored",
  410: "The link was already used or has expired: ask for a new one",
  413: "Request body larger than BODY_LIMIT_KB (uploads: UPLOAD_MAX_MB, or the uploader's UPLOAD_QUOTA_MB)",
  415: "Body encoding or charset not supported",
  416: "Range not satisfiable (Content-Range says the size)",
  429: "Too many requests: retry after the Retry-After header's seconds",
  501: "Not set up on this server (email routes without SMTP_URL)",
  503: "A dependency is unavailable",
};

const retryAfter = { "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "string" as const } } };

export function errorResponses(statuses: readonly ErrorStatus[]): Record<string, ResponseConfig> {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: MEANINGS[status],
        ...(status === 429 ? { headers: retryAfter } : {}),
        content: { "application/json": { schema: errorSchema } },
      },
    ]),
  );
}
