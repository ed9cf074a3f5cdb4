import { createHmac } from "node:crypto";
import type { IceServersJson } from "@chat-app/protocol";
import type { CallConfig } from "../config/config";

/**
 * The ICE servers a client's RTCPeerConnection uses. TURN credentials follow coturn's
 * `use-auth-secret` scheme: username `<unix expiry>:<user id>`, credential
 * base64(HMAC-SHA1(secret, username)); coturn checks them with the same secret, nothing is stored.
 */
export function iceServersFor(userId: number, config: CallConfig, now = Date.now()): IceServersJson {
  const servers: IceServersJson["ice_servers"] = [];
  if (config.stunUrls.length > 0) servers.push({ urls: config.stunUrls });
  if (config.turn) {
    const username = `${Math.floor(now / 1000) + config.turnTtlSeconds}:${userId}`;
    const credential = createHmac("sha1", config.turn.secret).update(username).digest("base64");
    servers.push({ urls: config.turn.urls, username, credential });
  }
  return { ice_servers: servers, ttl_s: config.turnTtlSeconds, ice_transport_policy: config.iceTransportPolicy };
}
