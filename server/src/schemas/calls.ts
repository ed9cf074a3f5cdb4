import { z } from "zod";
import { cleanText, exactlyOne, exactlyOneMessage, idSchema } from "./common";

/** Far above a real SDP (a few KB even with many codecs), well under the socket's 64 KB frame. */
export const MAX_SDP_CHARS = 60_000;

const media = z.enum(["audio", "video"], { error: 'must be "audio" or "video"' });

/** Socket `call:start`: a person or a group (exactly one). */
export const callStartSchema = z
  .object({ user_id: idSchema.optional(), group_id: idSchema.optional(), media })
  .refine(exactlyOne("user_id"), exactlyOneMessage("user_id"));

/** Socket `call:accept`, `call:decline`, `call:join`, `call:leave`, `call:hangup`. */
export const callIdSchema = z.object({ call_id: idSchema });

const candidate = z.object({
  candidate: cleanText(z.string().max(2048)),
  sdpMid: cleanText(z.string().max(64)).nullable().optional(),
  sdpMLineIndex: z.number().int().min(0).max(1024).nullable().optional(),
  usernameFragment: cleanText(z.string().max(256)).nullable().optional(),
});

/** What the server relays untouched: bounded in size, and shaped like what RTCPeerConnection takes. */
export const callSignalSchema = z.object({
  type: z.enum(["offer", "answer", "candidate", "restart"]),
  sdp: cleanText(z.string().max(MAX_SDP_CHARS)).optional(),
  candidate: candidate.optional(),
});

export const callSignalPayloadSchema = z.object({ call_id: idSchema, to_user_id: idSchema, signal: callSignalSchema });
