import http from "node:http";
import https from "node:https";
import { hostKey, NO_ALLOWED_HOSTS } from "../link-preview/allow-list";
import { pinnedLookup } from "../link-preview/pinned-lookup";
import { checkUrl } from "../link-preview/url-policy";
import { endpointProblem, isLoopbackHost } from "../schemas/push";

export interface PostOptions {
  /** PUSH_ALLOW_INSECURE_ENDPOINTS: http:// on loopback is reached (tests); nothing else is relaxed. */
  allowLoopback: boolean;
  timeoutMs: number;
  signal: AbortSignal;
}

export class EndpointRefused extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "EndpointRefused";
  }
}

/** What is read of an answer at most: push services answer with a line or two. */
const MAX_ANSWER_BYTES = 8 * 1024;

/**
 * A POST to a subscription's endpoint, which the browser (so anyone) chose: the SSRF guard of link
 * previews applies (https only, standard port, no credentials, the name resolved once and refused if
 * any address is not public, that address pinned), redirects are not followed, and the answer is
 * capped in time and size. Loopback is reachable only with `allowLoopback`.
 */
export async function guardedPost(
  endpoint: string,
  headers: Record<string, string | number>,
  body: Buffer | null,
  options: PostOptions,
): Promise<{ status: number; text: string }> {
  const problem = endpointProblem(endpoint, options.allowLoopback);
  if (problem) throw new EndpointRefused(`endpoint ${problem}`);
  const url = new URL(endpoint);
  const loopback = options.allowLoopback && isLoopbackHost(url.hostname);
  const target = checkUrl(url, loopback ? new Set([hostKey(url)]) : NO_ALLOWED_HOSTS);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      {
        host: target.host,
        port: target.port,
        path: `${url.pathname}${url.search}`,
        method: "POST",
        agent: false,
        lookup: pinnedLookup(target.allowed),
        // The whole exchange, not only each wait for a byte: a push service dripping its answer is cut off too.
        signal: AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]),
        headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < MAX_ANSWER_BYTES) chunks.push(chunk.subarray(0, MAX_ANSWER_BYTES - size));
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) response.destroy();
        });
        response.once("close", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8").slice(0, 200) }));
      },
    );
    request.once("error", reject);
    request.end(body ?? undefined);
  });
}
