import { type IRateLimiterOptions, type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { HttpError } from "../errors";

/** 429 with how long to wait; the error handler turns `retryAfterSeconds` into a Retry-After header. */
export class TooManyRequestsError extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, `Too many requests, retry in ${retryAfterSeconds} s`);
  }
}

const retryAfter = (msBeforeNext: number) => Math.max(1, Math.ceil(msBeforeNext / 1000));

/**
 * The limiter store. In-memory by default; a multi-process deployment passes a factory that builds
 * Redis-backed limiters with the same options so every process counts against the same budget.
 */
export type LimiterFactory = (options: IRateLimiterOptions & { keyPrefix: string }) => RateLimiterAbstract;
export const memoryLimiters: LimiterFactory = (options) => new RateLimiterMemory(options);

/** A fixed budget of events per key per window (per IP for sign-ups, per socket for events). */
export class FixedWindowLimit {
  private readonly limiter: RateLimiterAbstract;

  constructor(name: string, points: number, windowSeconds: number, factory: LimiterFactory = memoryLimiters) {
    this.limiter = factory({ keyPrefix: name, points, duration: windowSeconds });
  }

  /** Counts one event; throws TooManyRequestsError once the key's budget for the window is spent. */
  async consume(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new TooManyRequestsError(retryAfter(rejection.msBeforeNext));
      throw rejection;
    }
  }
}

export interface LoginBackoffOptions {
  /** Failed logins allowed before waiting starts. */
  freeFailures: number;
  /** The wait doubles with every further failure, up to this. */
  maxBackoffSeconds: number;
}

/**
 * Per-account protection against password guessing: after `freeFailures` consecutive failures the
 * account (by the name typed, whether or not it exists, so this reveals nothing) must wait 1 s, then
 * 2 s, 4 s… A success clears the count. A person who mistypes a few times never notices it.
 */
export class LoginBackoff {
  private readonly failures: RateLimiterAbstract;
  private readonly lockouts: RateLimiterAbstract;

  constructor(
    private readonly options: LoginBackoffOptions,
    factory: LimiterFactory = memoryLimiters,
  ) {
    // Counts failures for a day; the count itself never blocks, the lockout limiter does.
    this.failures = factory({ keyPrefix: "login-failures", points: Number.MAX_SAFE_INTEGER, duration: 24 * 3600 });
    this.lockouts = factory({ keyPrefix: "login-lockout", points: 1, duration: 1 });
  }

  async assertAllowed(account: string): Promise<void> {
    const lock = await this.lockouts.get(account);
    if (lock && lock.consumedPoints > 1 && lock.msBeforeNext > 0) throw new TooManyRequestsError(retryAfter(lock.msBeforeNext));
  }

  async recordFailure(account: string): Promise<void> {
    const { consumedPoints } = await this.failures.penalty(account, 1);
    const beyond = consumedPoints - this.options.freeFailures;
    if (beyond > 0) await this.lockouts.block(account, Math.min(2 ** (beyond - 1), this.options.maxBackoffSeconds));
  }

  async recordSuccess(account: string): Promise<void> {
    await this.failures.delete(account);
  }
}
