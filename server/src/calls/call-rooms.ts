import type { SfuAccessJson } from "@chat-app/protocol";

/** Where an SFU call's media meets (Janus's videoroom): what CallService needs of it. */
export interface CallRooms {
  /** At most this many people in one SFU call. */
  readonly limit: number;
  /** Lets this person's connection into the call's room (made on demand) and says how to reach it. */
  admit(callId: number, userId: number, connectionId: string): Promise<SfuAccessJson>;
  /** Takes their connection's access away and drops their feed. */
  release(callId: number, userId: number, connectionId: string): Promise<void>;
  /** The call ended: the room goes. */
  close(callId: number): Promise<void>;
}

/** The rooms' server could not be reached or refused the server: an outage to report, not a bug. */
export class RoomsUnavailableError extends Error {
  override name = "RoomsUnavailableError";
}
