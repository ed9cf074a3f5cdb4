import type { IceServersJson } from "@chat-app/protocol";

/** `GET /api/calls/ice-servers`; an older server may not say `ice_transport_policy` (then: "all"). */
export type IceServersReply = Omit<IceServersJson, "ice_transport_policy"> & { ice_transport_policy?: IceServersJson["ice_transport_policy"] };

/**
 * The RTCPeerConnection configuration, fetched when a call starts or is answered and kept for the
 * credentials' lifetime (`ttl_s`, a little less, so a link made late in it still gets valid ones).
 * Without an answer (offline, an older server) calls go on with host candidates only.
 */
export class IceConfig {
  private cached: { config: RTCConfiguration; until: number } | null = null;

  constructor(
    private readonly fetchServers: () => Promise<IceServersReply>,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<RTCConfiguration> {
    if (this.cached && this.now() < this.cached.until) return this.cached.config;
    try {
      const reply = await this.fetchServers();
      const config: RTCConfiguration = { iceServers: reply.ice_servers };
      if (reply.ice_transport_policy) config.iceTransportPolicy = reply.ice_transport_policy;
      this.cached = { config, until: this.now() + reply.ttl_s * 900 };
      return config;
    } catch {
      return { iceServers: [] };
    }
  }
}
