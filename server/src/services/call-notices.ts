import { randomUUID } from "node:crypto";
import type { CallNoticeJson } from "@chat-app/protocol";
import type { CallQueries, CallRow } from "../db/call-queries";
import type { GroupMessageQueries } from "../db/group-message-queries";
import type { MessageEvents } from "./message-events";
import { noticeMessageJson, pairOf } from "./presenters";

/** What a call's end says in the timeline: declined, ended (answered: with its length), or missed. */
export function callNoticeOf(call: CallRow): CallNoticeJson {
  const base = { type: "call" as const, media: call.media, caller_id: Number(call.caller_id) };
  if (call.end_reason === "declined") return { ...base, outcome: "declined" };
  if (call.answered_at !== null && call.ended_at !== null) {
    return { ...base, outcome: "ended", duration_ms: Math.max(0, Number(call.ended_at) - Number(call.answered_at)) };
  }
  return { ...base, outcome: "missed" };
}

/**
 * Writes a call's row into its conversation as a system message (like a group notice) and pushes it
 * to the conversation's people, so it is live and in the history.
 */
export class CallNotices {
  constructor(
    private readonly calls: CallQueries,
    private readonly groupMessages: GroupMessageQueries,
    private readonly events: MessageEvents,
  ) {}

  async post(
    notice: CallNoticeJson,
    place: { receiverId: number; groupId?: never } | { groupId: number; receiverId?: never },
    recipients: readonly number[],
  ): Promise<void> {
    const senderId = notice.caller_id;
    const row = { senderId, clientId: randomUUID(), content: JSON.stringify(notice), timestamp: Date.now() };
    let id: number;
    if (place.groupId !== undefined) {
      id = await this.groupMessages.insertNotice({ ...row, groupId: place.groupId, replyToId: null });
    } else {
      const { pairLowId: low, pairHighId: high } = pairOf(senderId, place.receiverId);
      id = await this.calls.insertDirectNotice({ ...row, receiverId: place.receiverId, low, high });
    }
    const json = noticeMessageJson({ ...row, id, receiverId: place.receiverId ?? null, groupId: place.groupId ?? null }, notice);
    this.events.messageCreated(json, recipients);
  }
}
