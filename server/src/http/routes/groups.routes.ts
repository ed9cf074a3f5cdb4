import { type RequestHandler, Router } from "express";
import type { GroupService } from "../../services/group.service";
import { currentUser } from "../middleware/authenticate";
import {
  addMembersSchema,
  createGroupSchema,
  groupIdParamsSchema,
  groupMemberParamsSchema,
  parseInput,
  renameGroupSchema,
  setRoleSchema,
} from "../../schemas";

export function groupRoutes(groups: GroupService, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.post("/groups", ...authenticated, async (req, res) => {
    res.status(201).json({ group: await groups.create(currentUser(req).id, parseInput(createGroupSchema, req.body)) });
  });

  router.get("/groups/:id", ...authenticated, async (req, res) => {
    const { id } = parseInput(groupIdParamsSchema, req.params);
    res.json({ group: await groups.get(currentUser(req).id, id) });
  });

  router.patch("/groups/:id", ...authenticated, async (req, res) => {
    const { id } = parseInput(groupIdParamsSchema, req.params);
    res.json({ group: await groups.rename(currentUser(req).id, id, parseInput(renameGroupSchema, req.body)) });
  });

  router.post("/groups/:id/members", ...authenticated, async (req, res) => {
    const { id } = parseInput(groupIdParamsSchema, req.params);
    res.json({ group: await groups.addMembers(currentUser(req).id, id, parseInput(addMembersSchema, req.body)) });
  });

  router.delete("/groups/:id/members/:user_id", ...authenticated, async (req, res) => {
    const { id, user_id: memberId } = parseInput(groupMemberParamsSchema, req.params);
    const group = await groups.removeMember(currentUser(req).id, id, memberId);
    res.json(group ? { group } : { group_id: id, left: true });
  });

  router.patch("/groups/:id/members/:user_id", ...authenticated, async (req, res) => {
    const { id, user_id: memberId } = parseInput(groupMemberParamsSchema, req.params);
    res.json({ group: await groups.setRole(currentUser(req).id, id, memberId, parseInput(setRoleSchema, req.body)) });
  });

  router.post("/groups/:id/leave", ...authenticated, async (req, res) => {
    const { id } = parseInput(groupIdParamsSchema, req.params);
    await groups.leave(currentUser(req).id, id);
    res.json({ group_id: id, left: true });
  });

  return router;
}
