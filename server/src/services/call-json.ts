import type { CallEndReason, CallJson } from "@chat-app/protocol";
import type { CallRow, ParticipantRow } from "../db/call-queries";

const iso = (ms: number | string | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/** A call as `reader` sees it: a direct call names the other person, as `partner` does elsewhere. */
export function toCallJson(call: CallRow, participants: readonly ParticipantRow[], readerId: number): CallJson {
  const callerId = Number(call.caller_id);
  const receiverId = call.receiver_id === null ? null : Number(call.receiver_id);
  const json: CallJson = {
    id: Number(call.id),
    conversation: receiverId === null ? { group_id: Number(call.group_id) } : { user_id: readerId === callerId ? receiverId : callerId },
    media: call.media,
    state: call.state,
    topology: call.topology,
    caller_id: callerId,
    caller: { id: callerId, username: call.caller_username },
    started_at: iso(call.started_at)!,
    answered_at: iso(call.answered_at),
    ended_at: iso(call.ended_at),
    participants: participants.map((participant) => Number(participant.user_id)),
  };
  if (call.end_reason !== null) json.end_reason = call.end_reason as CallEndReason;
  return json;
}
