import { z } from "zod";
import { exactlyOne, exactlyOneMessage, idSchema } from "./common";

export const typingSchema = z
  .object({ receiver_id: idSchema.optional(), group_id: idSchema.optional() })
  .refine(exactlyOne("receiver_id"), exactlyOneMessage("receiver_id"));
export type TypingInput = z.infer<typeof typingSchema>;

export const presenceSubscribeSchema = z.object({ user_ids: z.array(idSchema).max(500, "at most 500 users") });
