/** The parts of Janus's HTTP API messages (core and videoroom) the client reads. */

export interface JanusJsep {
  type: "offer" | "answer";
  sdp: string;
}

/** What the videoroom puts in `plugindata.data` (one shape for all its events; each sets a few). */
export interface VideoroomData {
  videoroom?: string;
  room?: number;
  id?: number;
  private_id?: number;
  publishers?: VideoroomPublisher[];
  unpublished?: number | "ok";
  leaving?: number | "ok";
  kicked?: number;
  streams?: VideoroomSubscriberStream[];
  started?: string;
  configured?: string;
  error_code?: number;
  error?: string;
}

export interface VideoroomPublisher {
  id: number;
  display?: string;
  streams?: { type: string; mid?: string; disabled?: boolean }[];
}

/** One m-line of a subscription (`attached` and `updated`). */
export interface VideoroomSubscriberStream {
  mid: string;
  type: string;
  active?: boolean;
  feed_id?: number;
}

/** Any message Janus sends (a POST's reply, or one item of a long poll). */
export interface JanusMessage {
  janus: string;
  transaction?: string;
  session_id?: number;
  sender?: number;
  data?: { id: number };
  error?: { code: number; reason: string };
  plugindata?: { plugin: string; data: VideoroomData };
  jsep?: JanusJsep;
  candidate?: RTCIceCandidateInit | { completed: true };
}

/** A plugin's event for one handle, as a handle's listener gets it. */
export interface JanusEvent {
  janus: string;
  data: VideoroomData;
  jsep?: JanusJsep;
  candidate?: RTCIceCandidateInit | { completed: true };
}

/** `fetch` as the Janus session uses it (the browser's by default; tests pass an in-memory Janus). */
export type JanusFetch = (url: string, init: RequestInit) => Promise<Response>;

/** Janus core error 458: the session is gone (timed out, or Janus restarted). */
export const SESSION_NOT_FOUND = 458;

export class JanusError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(`Janus ${code}: ${message}`);
  }
}
