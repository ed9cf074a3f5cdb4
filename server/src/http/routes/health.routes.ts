import { Router } from "express";
import type { DataSource } from "typeorm";

export function healthRoutes(dataSource: DataSource): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ok", database: "ok" });
    } catch {
      res.status(503).json({ error: "database unavailable", status: "degraded", database: "down" });
    }
  });
  return router;
}
