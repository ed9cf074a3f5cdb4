import { RoomsUnavailableError } from "../call-rooms";

/** Janus could not be reached, timed out, or refused the server's own request at the core level. */
export class JanusUnavailableError extends RoomsUnavailableError {
  override name = "JanusUnavailableError";
}

/** The videoroom plugin answered with an error (`error_code`, e.g. 426 no such room). */
export class VideoRoomError extends Error {
  override name = "VideoRoomError";

  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** videoroom.c's error codes the server reacts to. */
export const NO_SUCH_ROOM = 426;
export const ROOM_EXISTS = 427;
export const NO_SUCH_FEED = 428;
