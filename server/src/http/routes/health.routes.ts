import { Router } from "express";
import type { DataSource } from "typeorm";
import { databaseReachable } from "../../db/ping";
import type { RedisConnections } from "../../scaling/redis";

/** For load balancers: 200 only when this process can reach everything it depends on. */
export function healthRoutes(dataSource: DataSource, redis: RedisConnections | null): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const database = (await databaseReachable(dataSource)) ? "ok" : "down";
    const checks: Record<string, string> = { database };
    if (redis) checks.redis = (await redis.ping()) ? "ok" : "down";
    const healthy = Object.values(checks).every((state) => state === "ok");
    if (healthy) res.json({ status: "ok", ...checks });
    else res.status(503).json({ error: "a dependency is unavailable", status: "degraded", ...checks });
  });
  return router;
}
