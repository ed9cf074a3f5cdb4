import { type RequestHandler, Router } from "express";
import type { SearchService } from "../../services/search.service";
import { currentUser } from "../middleware/authenticate";
import { messageSearchSchema, parseInput } from "../../schemas";

export function searchRoutes(search: SearchService, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.get("/search", ...authenticated, async (req, res) => {
    res.json(await search.search(currentUser(req).id, parseInput(messageSearchSchema, req.query)));
  });

  return router;
}
