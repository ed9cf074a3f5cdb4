import type { CallJson } from "@chat-app/protocol";
import type { CallEndedView, CallsSnapshot } from "./call-types";
import type { InCall } from "./in-call";

/** A frozen view of the calls part now (a new one after every change). */
export function callSnapshot(
  incoming: ReadonlyMap<number, CallJson>,
  groupCalls: ReadonlyMap<number, CallJson>,
  active: InCall | null,
  lastEnded: CallEndedView | null,
  entering: boolean,
): CallsSnapshot {
  const media = active?.media;
  const answeredAt = active?.call.answered_at;
  return Object.freeze({
    incoming: Object.freeze([...incoming.values()]),
    current: active ? Object.freeze({ call: active.call, peers: Object.freeze(active.peerViews()) }) : null,
    entering,
    groupCalls: Object.freeze([...groupCalls.values()]),
    localStream: media?.stream ?? null,
    muted: media?.muted ?? false,
    cameraOff: media?.cameraOff ?? false,
    sharing: media?.sharing ?? false,
    mediaProblem: media?.mediaProblem ?? null,
    listenOnly: media ? media.listenOnly : false,
    canSwitchCamera: media?.canSwitchCamera ?? false,
    canShareScreen: media?.canShareScreen ?? false,
    callStartedAt: answeredAt ? Date.parse(answeredAt) : null,
    lastEnded,
  });
}
