import type { ClientEvent, ClientEventResult } from "@chat-app/protocol";
import type { BlockService } from "../services/block.service";
import type { CallService } from "../services/call.service";
import type { GroupService } from "../services/group.service";
import type { MessageService } from "../services/message.service";
import type { PinService } from "../services/pin.service";
import type { ReactionService } from "../services/reaction.service";
import type { ReceiptService } from "../services/receipt.service";
import type { ParsedPayload } from "./payload-schemas";
import type { Presence } from "./presence";
import { typingRelay } from "./typing-relay";
import type { ChatSocket } from "./types";

/**
 * What the server does for each client event once its payload passed its schema, resolving to the
 * acknowledgement's result. Keyed by the protocol's events: a missing handler, or one for an event
 * the protocol does not declare, fails to compile.
 */
export type SocketHandlers = {
  [E in ClientEvent]: (input: ParsedPayload<E>, socket: ChatSocket) => Promise<ClientEventResult<E>>;
};

export interface SocketServices {
  messages: MessageService;
  reactions: ReactionService;
  pins: PinService;
  receipts: ReceiptService;
  groups: GroupService;
  presence: Presence;
  calls: CallService;
  blocks: BlockService;
}

/** The socket twins of the REST routes call the same services; typing and presence live here. */
export function createSocketHandlers({ messages, reactions, pins, receipts, groups, presence, calls, blocks }: SocketServices): SocketHandlers {
  const relayTyping = typingRelay(groups, blocks);
  return {
    "message:send": async (input, socket) => ({ message: (await messages.send(socket.data.userId, input, { connectionId: socket.id })).message }),
    "message:edit": async ({ id, ...input }, socket) => ({ message: await messages.edit(socket.data.userId, id, input) }),
    "message:delete": async ({ id }, socket) => ({ message: await messages.remove(socket.data.userId, id) }),
    "message:read": async (input, socket) => ({ receipt: await receipts.markRead(socket.data.userId, input) }),
    "message:delivered": async (input, socket) => ({ receipt: await receipts.markDelivered(socket.data.userId, input) }),
    "typing:start": (input, socket) => relayTyping(socket, input, true),
    "typing:stop": (input, socket) => relayTyping(socket, input, false),
    "presence:subscribe": async ({ user_ids }, socket) => ({ presence: await presence.subscribe(socket, user_ids) }),
    "reaction:add": (input, socket) => reactions.add(socket.data.userId, input),
    "reaction:remove": (input, socket) => reactions.remove(socket.data.userId, input),
    "message:forward": async ({ id, ...target }, socket) => ({
      message: await messages.forward(socket.data.userId, id, target, { connectionId: socket.id }),
    }),
    "pin:add": ({ message_id }, socket) => pins.pin(socket.data.userId, message_id),
    "pin:remove": ({ message_id }, socket) => pins.unpin(socket.data.userId, message_id),
    // `sfu` (an SFU call's access) goes in this ack alone: it is this connection's, never broadcast.
    "call:start": (input, socket) => calls.start(socket.data.userId, socket.id, input),
    "call:accept": async ({ call_id }, socket) => ({ call: await calls.accept(socket.data.userId, socket.id, call_id) }),
    "call:decline": async ({ call_id }, socket) => ({ call: await calls.decline(socket.data.userId, call_id) }),
    "call:join": ({ call_id }, socket) => calls.join(socket.data.userId, socket.id, call_id),
    "call:leave": async ({ call_id }, socket) => ({ call: await calls.leave(socket.data.userId, call_id) }),
    "call:hangup": async ({ call_id }, socket) => ({ call: await calls.hangup(socket.data.userId, call_id) }),
    "call:signal": (input, socket) => calls.signal(socket.data.userId, socket.id, input),
  };
}
