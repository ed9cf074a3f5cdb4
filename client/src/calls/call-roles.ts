import type { CallJson } from "@chat-app/protocol";

/**
 * Who sends the first offer on a link. A direct call: the caller, once the callee is a participant
 * (the server relays nothing to a callee who has not accepted). A group: the newcomer, to everyone
 * who was already in the call when its own `call:join` was answered; those see the newcomer appear
 * in `call:updated` and wait for its offer. (Two joins at the same moment may both offer: perfect
 * negotiation settles that collision.)
 */
export function isOfferer(call: CallJson, selfId: number, remoteId: number, presentWhenIArrived: ReadonlySet<number>): boolean {
  if ("user_id" in call.conversation) return call.caller_id === selfId;
  return presentWhenIArrived.has(remoteId);
}

/** The polite side of perfect negotiation (gives way on an offer collision): the higher user id. */
export function isPolite(selfId: number, remoteId: number): boolean {
  return selfId > remoteId;
}

export function isGroupCall(call: CallJson): boolean {
  return "group_id" in call.conversation;
}

/** A call ringing for me: not mine, not ended, and I am not in it yet. */
export function ringsForMe(call: CallJson, selfId: number): boolean {
  return call.state === "ringing" && call.caller_id !== selfId && !call.participants.includes(selfId);
}

/** A group call I could join: live and I am not in it (in this tab or another). */
export function joinable(call: CallJson, selfId: number): boolean {
  return isGroupCall(call) && call.state !== "ended" && !call.participants.includes(selfId);
}
