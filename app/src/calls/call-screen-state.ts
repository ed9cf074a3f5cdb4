import type { CurrentCallView } from "@chat-app/client";
import type { CallState } from "@chat-app/ui-kit";

/**
 * What the call screen says about the link: ringing until answered, then connecting until media
 * flows to someone, "reconnecting" while a link tries to recover (ICE restart). Read from the
 * peer connections' own states, never from a remote track's `muted` flag.
 */
export function callScreenState(current: CurrentCallView): CallState {
  if (current.call.state === "ended") return "ended";
  if (current.call.state === "ringing" && current.peers.length === 0) return "ringing";
  const states = current.peers.map((peer) => peer.state);
  if (states.includes("reconnecting")) return "reconnecting";
  if (states.includes("connected")) return "connected";
  return "connecting";
}
