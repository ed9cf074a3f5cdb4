import { type RequestHandler, Router } from "express";
import { adminUserParamsSchema, parseInput, reportInputSchema, reportParamsSchema, reportsQuerySchema } from "../../schemas";
import type { AdminService } from "../../services/admin.service";
import type { ReportService } from "../../services/report.service";
import { currentUser } from "../middleware/authenticate";

/** Reporting a message (anyone who can read it) and the instance admin's routes (admins only). */
export function adminRoutes(admin: AdminService, reports: ReportService, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.post("/messages/:id/report", ...authenticated, async (req, res) => {
    const { id } = parseInput(reportParamsSchema, req.params);
    const input = parseInput(reportInputSchema, req.body);
    res.status(201).json({ report: await reports.report(currentUser(req).id, id, input) });
  });

  router.get("/admin/reports", ...authenticated, async (req, res) => {
    admin.requireAdmin(currentUser(req));
    res.json(await reports.list(parseInput(reportsQuerySchema, req.query)));
  });

  router.post("/admin/users/:id/deactivate", ...authenticated, async (req, res) => {
    admin.requireAdmin(currentUser(req));
    const { id } = parseInput(adminUserParamsSchema, req.params);
    await admin.deactivate(currentUser(req), id);
    res.status(204).end();
  });

  router.post("/admin/users/:id/reactivate", ...authenticated, async (req, res) => {
    admin.requireAdmin(currentUser(req));
    const { id } = parseInput(adminUserParamsSchema, req.params);
    await admin.reactivate(currentUser(req), id);
    res.status(204).end();
  });

  return router;
}
