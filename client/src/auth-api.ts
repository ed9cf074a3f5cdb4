import type * as Protocol from "@chat-app/protocol";
import type { Session } from "./api";
import { requestJson } from "./rest";

/**
 * Registering and logging in, alone: what the log-in page needs, without the rest of ChatApi (a
 * class, so all of its methods would ride along into that page's JavaScript).
 */
export class AuthApi {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  register(username: string, email: string, password: string): Promise<Session> {
    return requestJson(this.fetchImpl, `${this.baseUrl}/api/register`, "POST", null, { username, email, password });
  }

  /** What the server offers: `password_reset` false (no SMTP_URL) means no "Forgot password?". */
  config(): Promise<Protocol.ServerConfigJson> {
    return requestJson(this.fetchImpl, `${this.baseUrl}/api/config`, "GET", null);
  }

  login(username: string, password: string): Promise<Session> {
    return requestJson(this.fetchImpl, `${this.baseUrl}/api/login`, "POST", null, { username, password });
  }
}
