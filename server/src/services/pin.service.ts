import type { MessagePinnedJson, PinsPage } from "@chat-app/protocol";
import type { PinPlace, PinQueries } from "../db/pin-queries";
import type { StoredMessageQueries } from "../db/stored-message-queries";
import type { Message } from "../entities/Message";
import { badRequest, conflict, forbidden, notFound } from "../errors";
import { MAX_PINS_PER_CONVERSATION, type PinsQuery } from "../schemas";
import type { GroupService } from "./group.service";
import { audienceOf, conversationOf, readableMessage } from "./message-access";
import type { MessageDetails } from "./message-details";
import type { MessageEvents } from "./message-events";
import { rowToMessageJson } from "./presenters";
import type { UserService } from "./user.service";

const placeOf = (message: Message): PinPlace =>
  message.groupId !== null ? { groupId: message.groupId } : { low: message.pairLowId!, high: message.pairHighId! };

/**
 * Pins: in a direct conversation either person pins; in a group, admins, or every member when the
 * group's `members_can_pin` says so. Pinning again (or unpinning what is not pinned) changes
 * nothing but still announces, like reactions. Every member hears of it live (`message:pinned`).
 */
export class PinService {
  constructor(
    private readonly stored: StoredMessageQueries,
    private readonly queries: PinQueries,
    private readonly groups: GroupService,
    private readonly users: UserService,
    private readonly details: MessageDetails,
    private readonly events: MessageEvents,
    private readonly clock: () => number = Date.now,
  ) {}

  async pin(userId: number, messageId: number): Promise<MessagePinnedJson> {
    const message = await this.pinnable(userId, messageId);
    const row = await this.queries.add(placeOf(message), {
      messageId: message.id,
      pinnedBy: userId,
      pinnedAt: this.clock(),
      max: MAX_PINS_PER_CONVERSATION,
    });
    if (!row) throw conflict(`A conversation can have at most ${MAX_PINS_PER_CONVERSATION} pinned messages`);
    const pinnedBy = row.pinned_by === null ? null : Number(row.pinned_by);
    return this.announce(message, { pinned: true, pinned_by: pinnedBy, pinned_at: new Date(Number(row.pinned_at)).toISOString() });
  }

  async unpin(userId: number, messageId: number): Promise<MessagePinnedJson> {
    const message = await this.pinnable(userId, messageId);
    await this.queries.remove(message.id);
    return this.announce(message, { pinned: false, pinned_by: null, pinned_at: null });
  }

  /** A conversation's pins, newest first, each with its message as the caller sees it. */
  async list(userId: number, query: PinsQuery): Promise<PinsPage> {
    let place: PinPlace;
    if (query.group_id !== undefined) {
      await this.groups.requireMembership(query.group_id, userId);
      place = { groupId: query.group_id };
    } else {
      const partnerId = query.user_id!;
      if (!(await this.users.findById(partnerId))) throw notFound("User not found");
      place = { low: Math.min(userId, partnerId), high: Math.max(userId, partnerId) };
    }
    const rows = await this.queries.list(place);
    const messages = await this.details.complete(userId, rows.map(rowToMessageJson));
    return {
      pins: rows.map((row, index) => ({
        message: messages[index]!,
        pinned_by: row.pinned_by === null ? null : Number(row.pinned_by),
        pinned_at: new Date(Number(row.pinned_at)).toISOString(),
      })),
    };
  }

  /** 404 outside the caller's conversations; 403 for a member the group does not let pin; 400 for what cannot be pinned. */
  private async pinnable(userId: number, messageId: number): Promise<Message> {
    const message = await readableMessage(this.stored, this.groups, userId, messageId);
    if (message.groupId !== null) {
      const { group, member } = await this.groups.requireMembership(message.groupId, userId);
      if (member.role !== "admin" && !group.membersCanPin) throw forbidden("Only admins can pin messages in this group");
    }
    if (message.deletedAt) throw badRequest("A deleted message cannot be pinned");
    if (message.kind === "system") throw badRequest("A group notice cannot be pinned");
    return message;
  }

  private async announce(message: Message, state: Pick<MessagePinnedJson, "pinned" | "pinned_by" | "pinned_at">): Promise<MessagePinnedJson> {
    const json: MessagePinnedJson = { ...conversationOf(message), message_id: message.id, ...state };
    this.events.messagePinned(json, await audienceOf(this.groups, message));
    return json;
  }
}
