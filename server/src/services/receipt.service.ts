import type { GroupMessageQueries } from "../db/group-message-queries";
import type { GroupMemberQueries } from "../db/group-member-queries";
import type { MessageQueries } from "../db/message-queries";
import type { MarkerRow, ReadMarkerQueries } from "../db/read-marker-queries";
import { notFound } from "../errors";
import type { ReceiptInput } from "../schemas";
import type { BlockService } from "./block.service";
import type { GroupService } from "./group.service";
import type { DirectReceiptJson, GroupReceiptJson, MessageEvents, ReceiptJson } from "./message-events";
import type { UserService } from "./user.service";

/** Delivery and read receipts of direct and group conversations; REST and socket both call this. */
export class ReceiptService {
  constructor(
    private readonly markers: ReadMarkerQueries,
    private readonly messages: MessageQueries,
    private readonly groupMessages: GroupMessageQueries,
    private readonly members: GroupMemberQueries,
    private readonly users: UserService,
    private readonly events: MessageEvents,
    private readonly groups: GroupService,
    private readonly blocks: BlockService,
  ) {}

  /** The reader has read everything from the partner up to `up_to_id` (receiving it too). */
  markRead(userId: number, input: ReceiptInput): Promise<ReceiptJson> {
    return this.advance(userId, input, true);
  }

  /** The reader's device has the partner's messages up to `up_to_id`. */
  markDelivered(userId: number, input: ReceiptInput): Promise<ReceiptJson> {
    return this.advance(userId, input, false);
  }

  /** Both sides' progress in a conversation; missing rows mean nothing received yet. */
  async between(userId: number, partnerId: number): Promise<{ mine: DirectReceiptJson; partner: DirectReceiptJson }> {
    const rows = await this.markers.between(userId, partnerId);
    const find = (user: number, partner: number) =>
      toJson(
        rows.find((r) => Number(r.user_id) === user && Number(r.partner_id) === partner),
        user,
        partner,
      );
    return { mine: find(userId, partnerId), partner: find(partnerId, userId) };
  }

  private async advance(userId: number, input: ReceiptInput, read: boolean): Promise<ReceiptJson> {
    if (input.group_id !== undefined) return this.advanceInGroup(userId, input.group_id, input.up_to_id, read);
    const partnerId = input.partner_id!;
    if (!(await this.users.findById(partnerId))) throw notFound("User not found");
    // A marker can only cover messages that exist: reporting "read up to" a future id would
    // silently mark messages not yet written as read.
    const newest = await this.messages.newestFrom(partnerId, Math.min(userId, partnerId), Math.max(userId, partnerId));
    const upTo = Math.min(input.up_to_id, newest);
    const marker = await this.markers.advance({ userId, partnerId, readId: read ? upTo : 0, upTo });
    if (read) await this.messages.recountUnread(userId, partnerId);
    const receipt = toJson(marker, userId, partnerId);
    // Someone the reader blocked does not hear how far the reader got.
    const partnerSees = await this.blocks.canSee(partnerId, userId);
    this.events.receiptsChanged(receipt, partnerSees ? [partnerId, userId] : [userId]);
    return receipt;
  }

  /** Every member hears of it: each shows their own messages as read once all others passed them. */
  private async advanceInGroup(userId: number, groupId: number, upToId: number, read: boolean): Promise<GroupReceiptJson> {
    const { group } = await this.groups.requireMembership(groupId, userId);
    const upTo = Math.min(upToId, group.lastMessageId ?? 0);
    await this.members.advanceMarkers({ groupId, userId, readId: read ? upTo : 0, upTo });
    if (read) await this.groupMessages.recountUnread(groupId, userId);
    // Read back rather than RETURNING (PostgreSQL's driver shapes an UPDATE's rows differently); the
    // same read gives everyone to tell.
    const [members, hidden] = await Promise.all([this.groups.membersOf(groupId), this.blocks.hiddenFrom(userId)]);
    const member = members.find((row) => row.userId === userId);
    const receipt: GroupReceiptJson = {
      user_id: userId,
      group_id: groupId,
      delivered_up_to_id: member?.lastDeliveredId ?? upTo,
      read_up_to_id: member?.lastReadId ?? 0,
    };
    this.events.receiptsChanged(
      receipt,
      members.map((row) => row.userId).filter((id) => !hidden.has(id)),
    );
    return receipt;
  }
}

function toJson(marker: MarkerRow | undefined, userId: number, partnerId: number): DirectReceiptJson {
  return {
    user_id: userId,
    partner_id: partnerId,
    delivered_up_to_id: Number(marker?.last_delivered_id ?? 0),
    read_up_to_id: Number(marker?.last_read_id ?? 0),
  };
}
