import { z } from "zod";
import { exactlyOne, exactlyOneMessage, idParamSchema, idSchema } from "./common";

/** More pins than this in one conversation are refused (409). */
export const MAX_PINS_PER_CONVERSATION = 50;

const forwardTarget = { receiver_id: idSchema.optional(), group_id: idSchema.optional() };

/** `POST /api/messages/:id/forward`: where to, a person or a group (exactly one). */
export const forwardSchema = z.object(forwardTarget).refine(exactlyOne("receiver_id"), exactlyOneMessage("receiver_id"));
export type ForwardInput = z.infer<typeof forwardSchema>;
/** The socket's forward: the REST body with the id the URL carries there. */
export const forwardPayloadSchema = z.object({ id: idSchema, ...forwardTarget }).refine(exactlyOne("receiver_id"), exactlyOneMessage("receiver_id"));

export const pinPayloadSchema = z.object({ message_id: idSchema });
export type PinInput = z.infer<typeof pinPayloadSchema>;

/** `GET /api/conversations/pins?user_id=|group_id=`. */
export const pinsQuerySchema = z
  .object({ user_id: idParamSchema.optional(), group_id: idParamSchema.optional() })
  .refine(exactlyOne("user_id"), exactlyOneMessage("user_id"));
export type PinsQuery = z.infer<typeof pinsQuerySchema>;
