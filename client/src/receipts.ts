import { ApiError } from "./api";
import { type ConversationKey, groupKey, isGroupKey, keyId, userKey } from "./keys";
import type { DirectReceiptJson, GroupReceiptJson, MessageJson, ReceiptJson, ReceiptStatus } from "./types";

/** Both sides' progress in a direct chat: `partner` read/received mine, `mine` read/received theirs. */
export interface DirectReceipts {
  kind: "direct";
  partner: DirectReceiptJson;
  mine: DirectReceiptJson;
}

/**
 * Progress in a group: `members` has every other member's receipt heard of (by user id; someone
 * who left may still be in it, statusOf counts only current members), `mine` is my own.
 */
export interface GroupReceipts {
  kind: "group";
  members: ReadonlyMap<number, GroupReceiptJson>;
  mine: GroupReceiptJson;
}

export type ConversationReceipts = DirectReceipts | GroupReceipts;

/** Errors worth retrying with the same request; anything else is the request's own fault. */
export const TRANSIENT = /^(Too many requests|Internal server error)/;

export interface ReceiptOptions {
  selfId: number;
  /** How long delivery reports wait to be batched (one report per conversation covers them all). */
  deliveryDelayMs: number;
  /** Sends one report; resolves with the server's receipt. */
  report(key: ConversationKey, event: "message:read" | "message:delivered", upToId: number): Promise<ReceiptJson>;
  connected(): boolean;
  /** Whether this conversation can be reported on (not a group I left). */
  reachable(key: ConversationKey): boolean;
  /** The other current members of a group, when the group is known. */
  otherMembers(groupId: number): number[] | undefined;
  changed(key: ConversationKey, receipts: ConversationReceipts): void;
}

/**
 * Delivered/read progress: what the others did with my messages, what I did with theirs, and the
 * reports of mine still to send (batched, sent again after a reconnect; markers only move forward).
 */
export class Receipts {
  private readonly known = new Map<ConversationKey, ConversationReceipts>();
  /** Zeros handed out before anything is known, the same object each time. */
  private readonly empties = new Map<ConversationKey, ConversationReceipts>();
  /** Reports wanted but not yet acknowledged, per conversation. */
  private readonly wanted = new Map<ConversationKey, { read: number; delivered: number }>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(private readonly options: ReceiptOptions) {}

  /** The receipts in this conversation as known so far (zeros until loaded or pushed). */
  of(key: ConversationKey): ConversationReceipts {
    const known = this.known.get(key) ?? this.empties.get(key);
    if (known) return known;
    const self = this.options.selfId;
    const id = keyId(key);
    const empty: ConversationReceipts = isGroupKey(key)
      ? { kind: "group", members: new Map(), mine: { user_id: self, group_id: id, delivered_up_to_id: 0, read_up_to_id: 0 } }
      : { kind: "direct", partner: emptyReceipt(id, self), mine: emptyReceipt(self, id) };
    this.empties.set(key, empty);
    return empty;
  }

  /** What the others did with one of my stored messages (see `receiptStatus`). */
  statusOf(message: MessageJson): ReceiptStatus {
    if (typeof message.group_id === "number") {
      return receiptStatus(message, this.of(groupKey(message.group_id)), this.options.otherMembers(message.group_id));
    }
    return message.receiver_id === null ? "sent" : receiptStatus(message, this.of(userKey(message.receiver_id)));
  }

  /** Receipts only move forward, whatever order pushes and fetched pages arrive in. */
  apply(receipt: ReceiptJson): void {
    const self = this.options.selfId;
    if (typeof receipt.group_id === "number") {
      const key = groupKey(receipt.group_id);
      const current = this.of(key) as GroupReceipts;
      const mine = receipt.user_id === self;
      const before = mine ? current.mine : current.members.get(receipt.user_id);
      const after = forward(before ?? { ...receipt, delivered_up_to_id: 0, read_up_to_id: 0 }, receipt);
      if (before && sameProgress(before, after) && this.known.has(key)) return;
      this.store(key, mine ? { ...current, mine: after } : { ...current, members: new Map(current.members).set(receipt.user_id, after) });
      return;
    }
    const side = receipt.user_id === self ? "mine" : receipt.partner_id === self ? "partner" : null;
    if (!side) return;
    const key = userKey(side === "mine" ? receipt.partner_id : receipt.user_id);
    const current = this.of(key) as DirectReceipts;
    const before = current[side];
    const after = forward(before, receipt);
    if (sameProgress(before, after) && this.known.has(key)) return;
    this.store(key, { ...current, [side]: after });
  }

  /** I read the others' messages here up to this id: reported at once (or after the next reconnect). */
  markRead(key: ConversationKey, upToId: number): void {
    if (upToId <= this.of(key).mine.read_up_to_id || !this.options.reachable(key)) return;
    this.want(key, upToId, upToId);
    this.flush();
  }

  /** This device has the others' messages here up to this id: reported batched. */
  markDelivered(key: ConversationKey, upToId: number): void {
    if (upToId <= this.of(key).mine.delivered_up_to_id || !this.options.reachable(key)) return;
    this.want(key, 0, upToId);
    this.schedule(this.options.deliveryDelayMs);
  }

  /** No more reports for this conversation (I left the group). */
  forget(key: ConversationKey): void {
    this.wanted.delete(key);
  }

  /** Sends each conversation's wanted report (one event covers every message up to the id). */
  flush(): void {
    if (!this.options.connected() || this.closed) return;
    for (const [key, wanted] of [...this.wanted]) {
      this.wanted.delete(key);
      if (!this.options.reachable(key)) continue;
      const { mine } = this.of(key);
      const read = wanted.read > mine.read_up_to_id;
      if (!read && wanted.delivered <= mine.delivered_up_to_id) continue;
      this.options
        .report(key, read ? "message:read" : "message:delivered", read ? wanted.read : wanted.delivered)
        .then((receipt) => this.apply(receipt))
        .catch((error: unknown) => {
          // Refused for good (unknown user, not a member): drop it. Lost or throttled: want it again, send later.
          if (error instanceof ApiError && !TRANSIENT.test(error.message)) return;
          this.want(key, read ? wanted.read : 0, wanted.delivered);
          this.schedule(1000);
        });
    }
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private store(key: ConversationKey, receipts: ConversationReceipts): void {
    this.known.set(key, receipts);
    this.options.changed(key, receipts);
  }

  private want(key: ConversationKey, read: number, delivered: number): void {
    const wanted = this.wanted.get(key) ?? { read: 0, delivered: 0 };
    this.wanted.set(key, { read: Math.max(wanted.read, read), delivered: Math.max(wanted.delivered, delivered, read) });
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, delayMs);
  }
}

/**
 * What the others did with one of my messages, from its conversation's receipts. In a group,
 * "read" once every other current member (`otherMembers`, when the group is known) read it,
 * "delivered" once every one has it; with no one else left, what the former members did (a message
 * they had read stays read; one sent to nobody stays "sent").
 */
export function receiptStatus(message: MessageJson, receipts: ConversationReceipts, otherMembers?: readonly number[]): ReceiptStatus {
  if (receipts.kind === "group") {
    const { members } = receipts;
    const others = otherMembers ?? [...members.keys()];
    const reached = (field: "read_up_to_id" | "delivered_up_to_id") =>
      others.length > 0
        ? others.every((id) => (members.get(id)?.[field] ?? 0) >= message.id)
        : [...members.values()].some((receipt) => receipt[field] >= message.id);
    if (reached("read_up_to_id")) return "read";
    if (reached("delivered_up_to_id")) return "delivered";
    return "sent";
  }
  if (message.id <= receipts.partner.read_up_to_id) return "read";
  if (message.id <= receipts.partner.delivered_up_to_id) return "delivered";
  return "sent";
}

function emptyReceipt(userId: number, partnerId: number): DirectReceiptJson {
  return { user_id: userId, partner_id: partnerId, delivered_up_to_id: 0, read_up_to_id: 0 };
}

/** `before` moved forward by `receipt` (reading implies having received). */
function forward<R extends ReceiptJson>(before: R, receipt: ReceiptJson): R {
  return {
    ...before,
    delivered_up_to_id: Math.max(before.delivered_up_to_id, receipt.delivered_up_to_id, receipt.read_up_to_id),
    read_up_to_id: Math.max(before.read_up_to_id, receipt.read_up_to_id),
  };
}

function sameProgress(a: ReceiptJson, b: ReceiptJson): boolean {
  return a.delivered_up_to_id === b.delivered_up_to_id && a.read_up_to_id === b.read_up_to_id;
}
