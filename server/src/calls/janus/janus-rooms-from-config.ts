import type { JanusConfig } from "../../config/config";
import type { CallRooms } from "../call-rooms";
import { JanusClient } from "./janus-client";
import { JanusRooms } from "./janus-rooms";

/** Janus's rooms when JANUS_URL is set; without, no rooms and every call is mesh. */
export function janusRooms(config: JanusConfig | null): CallRooms | undefined {
  if (!config) return undefined;
  return new JanusRooms(new JanusClient({ url: config.url, tokenSecret: config.tokenSecret }), config);
}
