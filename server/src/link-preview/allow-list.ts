/**
 * LINK_PREVIEW_ALLOW_HOSTS: exact `host:port` pairs (after `new URL` canonicalisation) whose
 * addresses are not checked, so tests can fetch a fixture server on loopback. Nothing else is
 * relaxed: a redirect from an allowed host to any other host or port is checked from scratch.
 */
export type AllowList = ReadonlySet<string>;

export const NO_ALLOWED_HOSTS: AllowList = new Set();

/** The key a URL is looked up by: canonical hostname and the port it will connect to. */
export function hostKey(url: URL): string {
  return `${url.hostname}:${url.port || (url.protocol === "https:" ? "443" : "80")}`;
}

/** Parses `host:port,…`; `invalid` names the first entry that is not one. */
export function parseAllowHosts(raw: string): { hosts: AllowList } | { invalid: string } {
  const hosts = new Set<string>();
  for (const entry of raw.split(",").map((part) => part.trim())) {
    if (!entry) continue;
    let url: URL;
    try {
      url = new URL(`http://${entry}`);
    } catch {
      return { invalid: entry };
    }
    // `new URL` drops a default port (":80"), so the port is looked for in the entry itself.
    if (!/:\d{1,5}$/.test(entry) || url.pathname !== "/" || url.username || url.password || url.search || url.hash) return { invalid: entry };
    hosts.add(hostKey(url));
  }
  return { hosts };
}
