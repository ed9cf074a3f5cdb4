import { z } from "zod";
import { loginSchema } from "./auth";

/** `DELETE /api/me`: the password asked again, checked like a log-in. */
export const deleteAccountSchema = z.object({ password: loginSchema.shape.password });
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
