import { requestJson } from "./rest";

/** `POST /api/password-reset`'s one answer, the same whether or not the address has an account. */
export interface ResetRequestedJson {
  status: string;
}

/**
 * What a logged-out person does by mail: ask for a reset link, use it, verify an address. Its own
 * class, not ChatApi's (which needs a token, and would ride along into the log-in page's JavaScript).
 * Without SMTP_URL on the server each of these is a 501 (AuthApi.config says so beforehand).
 */
export class EmailApi {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  /** Always a 202 with the same words, whether or not the address has an account (429 after too many). */
  requestPasswordReset(email: string): Promise<ResetRequestedJson> {
    return requestJson(this.fetchImpl, `${this.baseUrl}/api/password-reset`, "POST", null, { email });
  }

  /** 400 for a weak password (the message says why; the link still works) or an unknown token, 410 for a used or expired one. */
  async confirmPasswordReset(token: string, newPassword: string): Promise<void> {
    await requestJson(this.fetchImpl, `${this.baseUrl}/api/password-reset/confirm`, "POST", null, { token, new_password: newPassword });
  }

  /** 400 for an unknown token, 410 for a used or expired one. */
  async verifyEmail(token: string): Promise<void> {
    await requestJson(this.fetchImpl, `${this.baseUrl}/api/email/verify`, "POST", null, { token });
  }
}
