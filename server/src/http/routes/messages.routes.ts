import { type RequestHandler, Router } from "express";
import type { ChangeService } from "../../services/change.service";
import type { MessageService } from "../../services/message.service";
import type { ReceiptService } from "../../services/receipt.service";
import { currentUser } from "../middleware/authenticate";
import {
  conversationParamsSchema,
  conversationQuerySchema,
  changesQuerySchema,
  editMessageSchema,
  forwardSchema,
  groupHistoryParamsSchema,
  messageIdParamsSchema,
  parseInput,
  receiptSchema,
  sendMessageSchema,
} from "../../schemas";

export function messageRoutes(messages: MessageService, receipts: ReceiptService, changes: ChangeService, authenticated: RequestHandler[]): Router {
  const router = Router();

  router.post("/messages/send", ...authenticated, async (req, res) => {
    const { message, created } = await messages.send(currentUser(req).id, parseInput(sendMessageSchema, req.body));
    res.status(created ? 201 : 200).json({ message });
  });

  router.get("/messages/conversation/:user_id", ...authenticated, async (req, res) => {
    const { user_id: partnerId } = parseInput(conversationParamsSchema, req.params);
    const query = parseInput(conversationQuerySchema, req.query);
    res.json(await messages.conversation(currentUser(req).id, partnerId, query));
  });

  router.get("/messages/group/:group_id", ...authenticated, async (req, res) => {
    const { group_id: groupId } = parseInput(groupHistoryParamsSchema, req.params);
    const query = parseInput(conversationQuerySchema, req.query);
    res.json(await messages.groupHistory(currentUser(req).id, groupId, query));
  });

  router.get("/messages/changes", ...authenticated, async (req, res) => {
    res.json(await changes.changes(currentUser(req).id, parseInput(changesQuerySchema, req.query)));
  });

  router.post("/messages/read", ...authenticated, async (req, res) => {
    res.json({ receipt: await receipts.markRead(currentUser(req).id, parseInput(receiptSchema, req.body)) });
  });

  router.post("/messages/delivered", ...authenticated, async (req, res) => {
    res.json({ receipt: await receipts.markDelivered(currentUser(req).id, parseInput(receiptSchema, req.body)) });
  });

  router.patch("/messages/:id", ...authenticated, async (req, res) => {
    const { id } = parseInput(messageIdParamsSchema, req.params);
    res.json({ message: await messages.edit(currentUser(req).id, id, parseInput(editMessageSchema, req.body)) });
  });

  router.delete("/messages/:id", ...authenticated, async (req, res) => {
    const { id } = parseInput(messageIdParamsSchema, req.params);
    res.json({ message: await messages.remove(currentUser(req).id, id) });
  });

  router.post("/messages/:id/forward", ...authenticated, async (req, res) => {
    const { id } = parseInput(messageIdParamsSchema, req.params);
    res.status(201).json({ message: await messages.forward(currentUser(req).id, id, parseInput(forwardSchema, req.body)) });
  });

  router.get("/conversations", ...authenticated, async (req, res) => {
    res.json({ conversations: await messages.conversations(currentUser(req).id) });
  });

  return router;
}
