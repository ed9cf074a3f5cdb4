import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { ChatClient } from "../ChatClient";
import type { CallsSnapshot } from "../calls/call-types";
import type { CallManager, CallTarget } from "../calls/CallManager";
import type { CallJson, CallMedia } from "@chat-app/protocol";

/**
 * What a call UI can do; each hands off to `client.calls` (see CallManager for what rejects).
 * Plain functions, not methods: safe to destructure from the hook's answer.
 */
export interface CallActions {
  start: (target: CallTarget, media: CallMedia) => Promise<CallJson>;
  accept: (callId: number) => Promise<CallJson>;
  decline: (callId: number) => Promise<void>;
  join: (callId: number) => Promise<CallJson>;
  leave: () => Promise<void>;
  hangUp: () => Promise<void>;
  setMuted: (muted: boolean) => void;
  setCameraOff: (off: boolean) => Promise<void>;
  switchCamera: () => Promise<void>;
  startScreenShare: () => Promise<void>;
  stopScreenShare: () => void;
}

export type CallsState = CallsSnapshot & CallActions;

const NO_CALLS: CallsSnapshot = Object.freeze({
  incoming: Object.freeze([]),
  current: null,
  entering: false,
  groupCalls: Object.freeze([]),
  localStream: null,
  muted: false,
  cameraOff: false,
  sharing: false,
  mediaProblem: null,
  listenOnly: false,
  canSwitchCamera: false,
  canShareScreen: false,
  callStartedAt: null,
  lastEnded: null,
});

const noClient = () => Promise.reject(new Error("No chat client yet"));

/**
 * Calls as the person sees them (what rings, the call this tab is in with each participant's
 * stream and link state, the group calls to join, the local media and its toggles) and what they
 * can do. Re-renders only when something about calls changed.
 */
export function useCalls(client: ChatClient | null): CallsState {
  const calls = client?.calls ?? null;
  const subscribe = useCallback((onChange: () => void) => (calls ? calls.on("changed", onChange) : () => undefined), [calls]);
  const read = useCallback(() => (calls ? calls.snapshot() : NO_CALLS), [calls]);
  const snapshot = useSyncExternalStore(subscribe, read, read);
  const actions = useMemo(() => callActions(calls), [calls]);
  return useMemo(() => ({ ...snapshot, ...actions }), [snapshot, actions]);
}

function callActions(calls: CallManager | null): CallActions {
  if (!calls) {
    return {
      start: noClient,
      accept: noClient,
      decline: noClient,
      join: noClient,
      leave: noClient,
      hangUp: noClient,
      setMuted: () => undefined,
      setCameraOff: noClient,
      switchCamera: noClient,
      startScreenShare: noClient,
      stopScreenShare: () => undefined,
    };
  }
  return {
    start: (target, media) => calls.start(target, media),
    accept: (callId) => calls.accept(callId),
    decline: (callId) => calls.decline(callId),
    join: (callId) => calls.join(callId),
    leave: () => calls.leave(),
    hangUp: () => calls.hangUp(),
    setMuted: (muted) => calls.setMuted(muted),
    setCameraOff: (off) => calls.setCameraOff(off),
    switchCamera: () => calls.switchCamera(),
    startScreenShare: () => calls.startScreenShare(),
    stopScreenShare: () => calls.stopScreenShare(),
  };
}
