import type { PeerState } from "../call-types";

/**
 * How another participant looks from here in an SFU call: "new" until Janus says they publish,
 * then the state of the subscription that carries them (connected once their media is there).
 */
export function sfuPeerState(subscribed: boolean, ice: RTCIceConnectionState | null, hasStream: boolean): PeerState {
  if (!subscribed || ice === null) return "new";
  switch (ice) {
    case "connected":
    case "completed":
      return hasStream ? "connected" : "connecting";
    case "disconnected":
      return "reconnecting";
    case "failed":
      return "failed";
    case "closed":
      return "closed";
    default:
      return "connecting";
  }
}
