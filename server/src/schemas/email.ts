import { z } from "zod";
import { EMAIL_TOKEN_PATTERN } from "../security/email-tokens";
import { loginSchema, passwordSchema, registerSchema } from "./auth";

const emailTokenSchema = z.string({ error: "must be a string" }).regex(EMAIL_TOKEN_PATTERN, "must be the token from the link in the mail");

export const passwordResetRequestSchema = z.object({ email: registerSchema.shape.email });
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestSchema>;

export const passwordResetConfirmSchema = z.object({ token: emailTokenSchema, new_password: passwordSchema });
export type PasswordResetConfirmInput = z.infer<typeof passwordResetConfirmSchema>;

export const verifyEmailSchema = z.object({ token: emailTokenSchema });

export const changeEmailSchema = z.object({ email: registerSchema.shape.email, password: loginSchema.shape.password });
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;
