import type {
  CallJson,
  CallMedia,
  CallSignalJson,
  SfuAccessJson,
  ErrorReply,
  GroupJson,
  MessageJson,
  MessagePinnedJson,
  MessageReactionsJson,
  PresenceJson,
  ReceiptJson,
  TypingJson,
  UserProfileJson,
} from "./json.js";

/** An acknowledgement callback: the action's result, or why it was refused. */
export type Ack<T> = (reply: T | ErrorReply) => void;

/** Who a message or a typing indicator is for: a person or a group, exactly one of them. */
export type MessageTarget = { receiver_id: number; group_id?: never } | { group_id: number; receiver_id?: never };

/** Whose messages a receipt covers: the partner's in a direct conversation, or a group's. */
export type ReceiptTarget = { partner_id: number; group_id?: never } | { group_id: number; partner_id?: never };

/** Socket `message:send`; also the body of `POST /api/messages/send`. */
export type SendMessagePayload = MessageTarget & {
  /** Required unless `attachment_ids` is given. */
  message_content?: string;
  /** 1–10 ids of the sender's own uploads (`POST /api/attachments`) not yet sent with a message. */
  attachment_ids?: number[];
  /** A UUID the client picks, so that a retried send is never stored twice. */
  client_id?: string;
  /** The message this one answers: of the same conversation and not deleted. */
  reply_to_id?: number;
};

/** Socket `reaction:add` and `reaction:remove`: the routes `PUT`/`DELETE /api/messages/:id/reactions/:emoji`. */
export interface ReactionPayload {
  message_id: number;
  /** Exactly one emoji grapheme (flags, keycaps, skin tones and ZWJ sequences are one). */
  emoji: string;
}

/** Socket `message:forward`: the body of `POST /api/messages/:id/forward` with the id added. */
export type ForwardMessagePayload = MessageTarget & { id: number };

/** Socket `pin:add` and `pin:remove`: the routes `PUT`/`DELETE /api/messages/:id/pin`. */
export interface PinPayload {
  message_id: number;
}

/** Socket `message:edit`: the body of `PATCH /api/messages/:id` with the id added. */
export interface EditMessagePayload {
  id: number;
  message_content: string;
}

/** Socket `message:delete`. */
export interface MessageIdPayload {
  id: number;
}

/** Socket `message:read` and `message:delivered`; also the bodies of their REST routes. */
export type ReceiptPayload = ReceiptTarget & { up_to_id: number };

/** Socket `typing:start` and `typing:stop`. */
export type TypingPayload = MessageTarget;

/** Socket `presence:subscribe`: at most 500 ids. */
export interface PresenceSubscribePayload {
  user_ids: number[];
}

/** Socket `call:start`: ring a person, or start a group call its members may join. */
export type CallStartPayload = ({ user_id: number; group_id?: never } | { group_id: number; user_id?: never }) & { media: CallMedia };

/** Socket `call:accept`, `call:decline`, `call:join`, `call:leave`, `call:hangup`. */
export interface CallIdPayload {
  call_id: number;
}

/** Socket `call:signal` (client → server): to one other participant of the call. SDP at most 64 KB. */
export interface CallSignalPayload {
  call_id: number;
  to_user_id: number;
  signal: CallSignalJson;
}

/** Socket `call:signal` (server → client): only to the connection of `to_user_id` that is in the call. */
export interface CallSignalRelayJson {
  call_id: number;
  from_user_id: number;
  signal: CallSignalJson;
}

/**
 * What a correct client sends, and what each acknowledgement answers. The server still validates
 * every payload at run time: this describes a well-behaved client, not whatever arrives. The
 * acknowledgement is the last argument; only typing (fire and forget) may leave it out.
 */
export interface ClientToServerEvents {
  "message:send": (payload: SendMessagePayload, ack: Ack<{ message: MessageJson }>) => void;
  "message:edit": (payload: EditMessagePayload, ack: Ack<{ message: MessageJson }>) => void;
  "message:delete": (payload: MessageIdPayload, ack: Ack<{ message: MessageJson }>) => void;
  "message:read": (payload: ReceiptPayload, ack: Ack<{ receipt: ReceiptJson }>) => void;
  "message:delivered": (payload: ReceiptPayload, ack: Ack<{ receipt: ReceiptJson }>) => void;
  "typing:start": (payload: TypingPayload, ack?: Ack<{ ok: true }>) => void;
  "typing:stop": (payload: TypingPayload, ack?: Ack<{ ok: true }>) => void;
  "presence:subscribe": (payload: PresenceSubscribePayload, ack: Ack<{ presence: PresenceJson[] }>) => void;
  "reaction:add": (payload: ReactionPayload, ack: Ack<MessageReactionsJson>) => void;
  "reaction:remove": (payload: ReactionPayload, ack: Ack<MessageReactionsJson>) => void;
  "message:forward": (payload: ForwardMessagePayload, ack: Ack<{ message: MessageJson }>) => void;
  "pin:add": (payload: PinPayload, ack: Ack<MessagePinnedJson>) => void;
  "pin:remove": (payload: PinPayload, ack: Ack<MessagePinnedJson>) => void;
  /** Refused with 409 "busy: …" when either side is in a ringing or active call. */
  /** An "sfu" group call's ack also carries `sfu`: how this connection reaches the call's Janus room. */
  "call:start": (payload: CallStartPayload, ack: Ack<{ call: CallJson; sfu?: SfuAccessJson }>) => void;
  "call:accept": (payload: CallIdPayload, ack: Ack<{ call: CallJson }>) => void;
  "call:decline": (payload: CallIdPayload, ack: Ack<{ call: CallJson }>) => void;
  "call:join": (payload: CallIdPayload, ack: Ack<{ call: CallJson; sfu?: SfuAccessJson }>) => void;
  "call:leave": (payload: CallIdPayload, ack: Ack<{ call: CallJson }>) => void;
  "call:hangup": (payload: CallIdPayload, ack: Ack<{ call: CallJson }>) => void;
  /** Only from the sender's connection in the call to another participant (a direct call: after the accept). */
  "call:signal": (payload: CallSignalPayload, ack: Ack<{ ok: true }>) => void;
}

export interface ServerToClientEvents {
  "message:new": (message: MessageJson) => void;
  "message:updated": (message: MessageJson) => void;
  /** Deletions only, also sent as message:updated (same payload). */
  "message:deleted": (message: MessageJson) => void;
  "message:status": (receipt: ReceiptJson) => void;
  typing: (typing: TypingJson) => void;
  presence: (presence: PresenceJson) => void;
  /** The group itself, not wrapped in `{group}` as REST replies are. */
  "group:updated": (group: GroupJson) => void;
  "group:removed": (payload: { group_id: number }) => void;
  /** A reaction was added or removed: each member gets it with `me` said for them. */
  "message:reaction": (payload: MessageReactionsJson) => void;
  /** A message was pinned or unpinned (a deleted message is unpinned too). */
  "message:pinned": (payload: MessagePinnedJson) => void;
  /** A call rings: the callee's every tab (a group call: every other member's tabs). */
  "call:ringing": (payload: { call: CallJson }) => void;
  /** A call's state or participants changed: to the parties' tabs. */
  "call:updated": (payload: { call: CallJson }) => void;
  /** Declined, missed, cancelled or hung up; its timeline row follows as message:new. */
  "call:ended": (payload: { call: CallJson }) => void;
  /** A signal from another participant, only to the connection that is in the call. */
  "call:signal": (payload: CallSignalRelayJson) => void;
  /** A profile changed: to the person's tabs, their partners and group co-members. */
  "user:updated": (user: UserProfileJson) => void;
}

export type ClientEvent = keyof ClientToServerEvents;
export type ClientEventPayload<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[0];
/** What a successful acknowledgement of `E` carries. */
export type ClientEventResult<E extends ClientEvent> = Exclude<Parameters<NonNullable<Parameters<ClientToServerEvents[E]>[1]>>[0], ErrorReply>;
