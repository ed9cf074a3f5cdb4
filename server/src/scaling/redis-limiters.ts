import { RateLimiterRedis } from "rate-limiter-flexible";
import type { LimiterFactory } from "../security/rate-limits";
import type { RedisConnections } from "./redis";

/** Rate limits counted in Redis, so every process draws on the same budget per IP, user and account. */
export const redisLimiters =
  (redis: RedisConnections, prefix: string): LimiterFactory =>
  (options) =>
    new RateLimiterRedis({ ...options, storeClient: redis.commands, keyPrefix: `${prefix}:rl:${options.keyPrefix}` });
