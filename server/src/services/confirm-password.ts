import { forbidden } from "../errors";
import type { PasswordHasher } from "../security/passwords";
import type { LoginBackoff } from "../security/rate-limits";

/**
 * The password asked again before a change that matters (a new password, a new address, deleting
 * the account). Wrong: 403 naming the field, counted by the account's log-in backoff, so guesses here
 * and at log-in share one budget.
 */
export async function confirmPassword(
  checks: { passwords: PasswordHasher; backoff: LoginBackoff },
  user: { username: string; passwordHash: string },
  password: string,
  field: string,
): Promise<void> {
  const account = user.username.toLowerCase();
  await checks.backoff.assertAllowed(account);
  if (!(await checks.passwords.verify(password, user.passwordHash))) {
    await checks.backoff.recordFailure(account);
    throw forbidden(`${field} is wrong`);
  }
  await checks.backoff.recordSuccess(account);
}
