import { type RequestHandler, Router } from "express";
import type { ServerConfigJson } from "@chat-app/protocol";
import { changeEmailSchema, parseInput, passwordResetConfirmSchema, passwordResetRequestSchema, verifyEmailSchema } from "../../schemas";
import type { EmailVerificationService } from "../../services/email-verification.service";
import type { PasswordResetService } from "../../services/password-reset.service";
import { toOwnUser } from "../../services/presenters";
import { currentUser } from "../middleware/authenticate";

/** The one answer to every reset request, so it tells nothing about the address. */
export const RESET_REQUESTED = { status: "If an account has this address, a reset link is on its way to it." } as const;

/** `limitPerIp`: the sign-up/log-in budget per address, as each of these is a guess at a secret or a mail sent. */
export function emailRoutes(
  reset: PasswordResetService,
  verification: EmailVerificationService,
  authenticated: RequestHandler[],
  limitPerIp: RequestHandler,
  usernameHoldDays: number,
): Router {
  const router = Router();

  router.get("/config", (_req, res) => {
    const offers: ServerConfigJson = {
      password_reset: verification.enabled,
      email_verification: verification.enabled,
      username_hold_days: usernameHoldDays,
    };
    res.json(offers);
  });

  router.post("/password-reset", limitPerIp, async (req, res) => {
    await reset.request(parseInput(passwordResetRequestSchema, req.body).email);
    res.status(202).json(RESET_REQUESTED);
  });

  router.post("/password-reset/confirm", limitPerIp, async (req, res) => {
    await reset.confirm(parseInput(passwordResetConfirmSchema, req.body));
    res.status(204).end();
  });

  router.post("/email/verify", limitPerIp, async (req, res) => {
    await verification.verify(parseInput(verifyEmailSchema, req.body).token);
    res.status(204).end();
  });

  router.post("/me/email/verification", ...authenticated, async (req, res) => {
    await verification.resend(currentUser(req));
    res.status(202).json({ status: "A verification link is on its way to your address." });
  });

  router.patch("/me/email", ...authenticated, limitPerIp, async (req, res) => {
    const user = await verification.changeEmail(currentUser(req).id, parseInput(changeEmailSchema, req.body));
    res.json({ user: toOwnUser(user) });
  });

  return router;
}
