import type { CallEndReason, CallJson } from "@chat-app/protocol";

/** How the link to one other participant is doing. */
export type PeerState = "new" | "connecting" | "connected" | "reconnecting" | "failed" | "closed";

/** Why this tab sends less than the call asked for (the call goes on with what works). */
export type MediaProblem = "camera-blocked" | "no-camera" | "microphone-blocked" | "no-microphone";

/** Another person in the call this tab is in. */
export interface CallPeerView {
  userId: number;
  /** What they send (audio, and video when they send any); null until their first track arrives. */
  stream: MediaStream | null;
  state: PeerState;
}

/** The call this tab is in (ringing out, or answered). */
export interface CurrentCallView {
  call: CallJson;
  /** The other participants, in the server's order. */
  peers: readonly CallPeerView[];
}

/**
 * Why the last call (or attempt) ended, for a brief "Call ended" / "Busy" line. `callId` is null
 * when the server refused to start it (`reason: "busy"`, with the server's `message`). `"lost"`:
 * this tab's connection dropped (the server then takes it out of the call) or media never connected.
 */
export interface CallEndedView {
  callId: number | null;
  reason: CallEndReason | "lost";
  message?: string;
}

/** Everything a call UI shows; a new object after every change (the same one until then). */
export interface CallsSnapshot {
  /** Calls ringing for me that this tab has not answered or declined, oldest first. */
  incoming: readonly CallJson[];
  current: CurrentCallView | null;
  /** A start, accept or join is under way (the devices opening, the server asked): not in `current` yet. */
  entering: boolean;
  /** Live calls of my groups I am not in and that do not ring here: for a "Join call" banner. */
  groupCalls: readonly CallJson[];
  /** What this tab captures (the camera, not a shared screen); null outside a call. */
  localStream: MediaStream | null;
  muted: boolean;
  cameraOff: boolean;
  sharing: boolean;
  mediaProblem: MediaProblem | null;
  /** No microphone could be opened either: this tab only listens (and watches). */
  listenOnly: boolean;
  canSwitchCamera: boolean;
  /** Only in video calls: an audio call has no video to replace (see docs/calls.md). */
  canShareScreen: boolean;
  /** Epoch ms of the answer (for a running clock); null while ringing or outside a call. */
  callStartedAt: number | null;
  lastEnded: CallEndedView | null;
}
