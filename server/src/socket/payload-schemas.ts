import type { ClientEvent, ClientEventPayload } from "@chat-app/protocol";
import type { z } from "zod";
import {
  callIdSchema,
  callSignalPayloadSchema,
  callStartSchema,
  editMessagePayloadSchema,
  forwardPayloadSchema,
  messageIdPayloadSchema,
  pinPayloadSchema,
  presenceSubscribeSchema,
  reactionPayloadSchema,
  type ReadsPayload,
  receiptSchema,
  sendMessageSchema,
  typingSchema,
} from "../schemas";

type SchemaPerEvent = { [E in ClientEvent]: z.ZodType };

/**
 * Each schema must read exactly its event's payload type from the protocol; one that does not is
 * intersected with an explanation (a string), which no schema is assignable to: a compile error at
 * that event. Events outside the protocol are errors too.
 */
type Checked<M extends SchemaPerEvent> = {
  [E in keyof M]: E extends ClientEvent
    ? ReadsPayload<M[E], ClientEventPayload<E>> extends true
      ? M[E]
      : "does not read the protocol's payload type"
    : never;
};

const checked = <M extends SchemaPerEvent>(schemas: M & Checked<M>): M => schemas;

const schemas = checked({
  "message:send": sendMessageSchema,
  "message:edit": editMessagePayloadSchema,
  "message:delete": messageIdPayloadSchema,
  "message:read": receiptSchema,
  "message:delivered": receiptSchema,
  "typing:start": typingSchema,
  "typing:stop": typingSchema,
  "presence:subscribe": presenceSubscribeSchema,
  "reaction:add": reactionPayloadSchema,
  "reaction:remove": reactionPayloadSchema,
  "message:forward": forwardPayloadSchema,
  "pin:add": pinPayloadSchema,
  "pin:remove": pinPayloadSchema,
  "call:start": callStartSchema,
  "call:accept": callIdSchema,
  "call:decline": callIdSchema,
  "call:join": callIdSchema,
  "call:leave": callIdSchema,
  "call:hangup": callIdSchema,
  "call:signal": callSignalPayloadSchema,
});

/** Each event's payload once its schema accepted it. */
type ParsedPayloads = { [E in ClientEvent]: z.output<(typeof schemas)[E]> };
export type ParsedPayload<E extends ClientEvent> = ParsedPayloads[E];

/** The schema that validates each client event's payload at run time (clients are untrusted). */
export const payloadSchemas: { [E in ClientEvent]: z.ZodType<ParsedPayload<E>> } = schemas;
