import { type RequestHandler, Router } from "express";
import type { AuthService } from "../../services/auth.service";
import { toOwnUser } from "../../services/presenters";
import { loginSchema, parseInput, registerSchema } from "../../schemas";

/** `limitPerIp` caps sign-up and log-in attempts from one address (brute force, mass sign-up). */
export function authRoutes(auth: AuthService, limitPerIp: RequestHandler): Router {
  const router = Router();

  router.post("/register", limitPerIp, async (req, res) => {
    const { user, token } = await auth.register(parseInput(registerSchema, req.body), req.get("user-agent"));
    res.status(201).json({ user: toOwnUser(user), token });
  });

  router.post("/login", limitPerIp, async (req, res) => {
    const { user, token } = await auth.login(parseInput(loginSchema, req.body), req.get("user-agent"));
    res.status(200).json({ token, user: toOwnUser(user) });
  });

  return router;
}
