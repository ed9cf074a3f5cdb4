import { z } from "zod";
import { BCRYPT_MAX_PASSWORD_BYTES } from "../security/passwords";
import { cleanText } from "./common";

export const usernameSchema = z
  .string({ error: "must be a string" })
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, "must be 3-32 characters: letters, digits, '_', '.', '-'");

export const passwordSchema = cleanText(z.string({ error: "must be a string" }).min(8, "must be at least 8 characters")).refine(
  (value) => Buffer.byteLength(value, "utf8") <= BCRYPT_MAX_PASSWORD_BYTES,
  `must be at most ${BCRYPT_MAX_PASSWORD_BYTES} bytes`,
);

export const registerSchema = z.object({
  username: usernameSchema,
  email: cleanText(z.string({ error: "must be a string" }).max(254, "must be at most 254 characters"))
    .pipe(z.email("must be a valid email address"))
    .transform((email) => email.toLowerCase()),
  password: passwordSchema,
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const loginSchema = z.object({
  username: cleanText(z.string({ error: "must be a string" }).min(1, "is required").max(254, "must be at most 254 characters")),
  password: z.string({ error: "must be a string" }).min(1, "is required").max(1024, "must be at most 1024 characters"),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const changePasswordSchema = z.object({
  current_password: loginSchema.shape.password,
  new_password: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
