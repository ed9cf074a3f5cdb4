import type { SfuAccessJson } from "@chat-app/protocol";
import type { JanusConfig } from "../../config/config";
import type { CallRooms } from "../call-rooms";
import type { JanusClient } from "./janus-client";
import { NO_SUCH_FEED, NO_SUCH_ROOM, ROOM_EXISTS, VideoRoomError } from "./janus-errors";
import { signJanusToken } from "./janus-token";
import { roomSecret, roomToken } from "./room-secrets";

type RoomsConfig = Pick<JanusConfig, "publicUrl" | "tokenSecret" | "adminKey" | "roomPublishers" | "tokenTtlSeconds">;

/**
 * One Janus videoroom per SFU call (room id = call id). The room takes only joiners holding a token
 * on its `allowed` list; the server adds one per participant's connection and takes it away when
 * they leave, so the access a connection was given stops working with it.
 */
export class JanusRooms implements CallRooms {
  readonly limit: number;

  constructor(
    private readonly janus: JanusClient,
    private readonly config: RoomsConfig,
    private readonly clock: () => number = Date.now,
  ) {
    this.limit = config.roomPublishers;
  }

  async admit(callId: number, userId: number, connectionId: string): Promise<SfuAccessJson> {
    const token = roomToken(this.config.tokenSecret, callId, userId, connectionId);
    try {
      await this.allowed(callId, "add", token);
    } catch (error) {
      if (!(error instanceof VideoRoomError && error.code === NO_SUCH_ROOM)) throw error;
      // The first one in, or Janus restarted and forgot it: the room is made on demand.
      await this.create(callId);
      await this.allowed(callId, "add", token);
    }
    const expiresAt = Math.floor(this.clock() / 1000) + this.config.tokenTtlSeconds;
    return {
      url: this.config.publicUrl,
      room: callId,
      token: signJanusToken(this.config.tokenSecret, expiresAt),
      room_token: token,
      feed_id: userId,
      expires_at: new Date(expiresAt * 1000).toISOString(),
    };
  }

  async release(callId: number, userId: number, connectionId: string): Promise<void> {
    try {
      await this.allowed(callId, "remove", roomToken(this.config.tokenSecret, callId, userId, connectionId));
      await this.janus.videoroom({ request: "kick", room: callId, secret: this.secret(callId), id: userId });
    } catch (error) {
      // Never joined Janus (no feed), or the room is gone already: nothing left to take away.
      if (!(error instanceof VideoRoomError && (error.code === NO_SUCH_FEED || error.code === NO_SUCH_ROOM))) throw error;
    }
  }

  async close(callId: number): Promise<void> {
    try {
      await this.janus.videoroom({ request: "destroy", room: callId, secret: this.secret(callId), permanent: false });
    } catch (error) {
      if (!(error instanceof VideoRoomError && error.code === NO_SUCH_ROOM)) throw error;
    }
  }

  private async create(callId: number): Promise<void> {
    const request = {
      request: "create",
      room: callId,
      description: `Call ${callId}`,
      permanent: false,
      secret: this.secret(callId),
      publishers: this.config.roomPublishers,
      // Present though empty: Janus then checks every joiner's token against it.
      allowed: [],
      ...(this.config.adminKey === null ? {} : { admin_key: this.config.adminKey }),
    };
    try {
      await this.janus.videoroom(request);
    } catch (error) {
      // Another process made it a moment ago (its secret is ours too).
      if (!(error instanceof VideoRoomError && error.code === ROOM_EXISTS)) throw error;
    }
  }

  private allowed(callId: number, action: "add" | "remove", token: string): Promise<unknown> {
    return this.janus.videoroom({ request: "allowed", room: callId, secret: this.secret(callId), action, allowed: [token] });
  }

  private secret(callId: number): string {
    return roomSecret(this.config.tokenSecret, callId);
  }
}
