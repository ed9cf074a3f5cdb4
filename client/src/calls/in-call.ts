import type { CallJson, CallSignalJson } from "@chat-app/protocol";
import type { CallPeerView } from "./call-types";
import type { MediaSession, TrackKind } from "./MediaSession";

/** The call this tab is in, as CallManager drives it: a mesh (ActiveCall) or through Janus (SfuCall). */
export interface InCall {
  readonly call: CallJson;
  readonly media: MediaSession;
  /** The server's newer view of the call. */
  update(call: CallJson): void;
  /** A relayed WebRTC signal (a mesh's; an SFU call has none). */
  signal(fromUserId: number, signal: CallSignalJson): void;
  /** What this tab sends of a kind is now this track (null: nothing). */
  replaceTrack(kind: TrackKind, track: MediaStreamTrack | null): void;
  peerViews(): CallPeerView[];
  peerConnections(): Map<number, RTCPeerConnection>;
  /** Ends every connection and releases the devices. */
  close(): void;
}
