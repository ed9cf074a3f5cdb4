import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Whether an address may be fetched from: only ipaddr.js's `unicast` range, i.e. none of loopback,
 * private, link-local, multicast, unspecified, broadcast, CGNAT, unique-local, reserved, 6to4,
 * NAT64 or Teredo. The IPv4-mapped form (`::ffff:a.b.c.d`) is judged by the IPv4 address inside,
 * since the kernel routes it there; the deprecated IPv4-compatible form (`::a.b.c.d`) is refused
 * outright, and so is anything that is not an address.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  const version = isIP(bare);
  if (version === 0) return false;
  // WHATWG's canonical form first: ipaddr.js reads `::a.b.c.d` as `::ffff:a.b.c.d`.
  const parsed = ipaddr.parse(version === 6 ? new URL(`http://[${bare}]`).hostname.slice(1, -1) : bare);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    const [a, b, c, d, e, f] = v6.parts;
    const mapped = a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff;
    if (mapped) return isPublicAddress(v6.toIPv4Address().toString());
    // ::a.b.c.d, deprecated: refused whatever it embeds.
    if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0) return false;
  }
  return parsed.range() === "unicast";
}

/** Whether a URL host (already canonicalised by `new URL`) is an IP literal rather than a name. */
export function isIpLiteral(hostname: string): boolean {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return isIP(bare) !== 0;
}
