import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { AllowList } from "./allow-list";
import { pinnedLookup } from "./pinned-lookup";
import { PreviewRefused } from "./refusal";
import { checkUrl, type Target } from "./url-policy";

export const FETCH_LIMITS = { timeoutMs: 5000, maxBytes: 1024 * 1024, maxRedirects: 3 } as const;

/** Plain and honest: no browser disguise, no cookies, no credentials, nothing compressed. */
export const USER_AGENT = "chat-app-link-preview/1.0";

export interface FetchOptions {
  allow: AllowList;
  /** The media types accepted (`text/html`, `image/`…: a prefix match on the bare type). */
  accept: readonly string[];
  /** Aborts the whole chain: every hop and the body. */
  signal: AbortSignal;
  maxRedirects?: number;
}

export interface Fetched {
  url: URL;
  contentType: string;
  body: IncomingMessage;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function requestOnce(target: Target, accept: readonly string[], signal: AbortSignal): Promise<IncomingMessage> {
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      {
        host: target.host,
        port: target.port,
        path: `${target.url.pathname}${target.url.search}`,
        method: "GET",
        agent: false,
        lookup: pinnedLookup(target.allowed),
        signal,
        headers: { "user-agent": USER_AGENT, accept: accept.join(", "), "accept-encoding": "identity" },
      },
      resolve,
    );
    request.once("error", reject);
    request.end();
  });
}

/**
 * One GET through the guard: every hop (at most three redirects, followed by hand) is checked from
 * scratch, the address is pinned by the lookup, a non-2xx answer or another content type is
 * refused before its body is read. The caller reads `body` and must enforce the byte cap.
 */
export async function guardedGet(raw: string, options: FetchOptions): Promise<Fetched> {
  const maxRedirects = options.maxRedirects ?? FETCH_LIMITS.maxRedirects;
  let target = checkUrl(raw, options.allow);
  for (let hop = 0; ; hop += 1) {
    const response = await requestOnce(target, options.accept, options.signal);
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status) && response.headers.location) {
      response.destroy();
      if (hop >= maxRedirects) throw new PreviewRefused(`more than ${maxRedirects} redirects`);
      target = checkUrl(new URL(response.headers.location, target.url), options.allow);
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw new PreviewRefused(`status ${status}`);
    }
    const contentType = (response.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (!options.accept.some((type) => (type.endsWith("/") ? contentType.startsWith(type) : contentType === type))) {
      response.destroy();
      throw new PreviewRefused(`content type ${contentType || "(none)"} is not fetched`);
    }
    return { url: target.url, contentType, body: response };
  }
}

/** A signal that fires after the total time allowed; `done()` clears its timer. */
export function deadline(ms: number = FETCH_LIMITS.timeoutMs): { signal: AbortSignal; done(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new PreviewRefused(`no answer within ${ms} ms`)), ms);
  return { signal: controller.signal, done: () => clearTimeout(timer) };
}
