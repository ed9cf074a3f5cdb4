import { isIpLiteral, isPublicAddress } from "./address-policy";
import { type AllowList, hostKey } from "./allow-list";
import { PreviewRefused } from "./refusal";

export interface Target {
  url: URL;
  /** The hostname to connect to, brackets removed from IPv6 literals. */
  host: string;
  port: number;
  /** Listed in LINK_PREVIEW_ALLOW_HOSTS: its addresses are not checked. */
  allowed: boolean;
}

const DEFAULT_PORTS: Record<string, number> = { "http:": 80, "https:": 443 };

/**
 * Everything about a URL that can be judged before connecting: http(s) only, the standard ports
 * only, no credentials, and a literal address checked here because Node never looks one up (the
 * pinned lookup would not see it). Called again on every redirect hop.
 */
export function checkUrl(raw: string | URL, allow: AllowList): Target {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PreviewRefused("not a URL");
  }
  const defaultPort = DEFAULT_PORTS[url.protocol];
  if (defaultPort === undefined) throw new PreviewRefused(`scheme ${url.protocol} is not fetched`);
  if (url.username || url.password) throw new PreviewRefused("URLs with credentials are not fetched");
  const allowed = allow.has(hostKey(url));
  const port = url.port ? Number(url.port) : defaultPort;
  if (!allowed && port !== 80 && port !== 443) throw new PreviewRefused(`port ${port} is not fetched`);
  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  if (!host) throw new PreviewRefused("no host");
  if (!allowed && isIpLiteral(url.hostname) && !isPublicAddress(host)) throw new PreviewRefused(`address ${host} is not public`);
  return { url, host, port, allowed };
}
