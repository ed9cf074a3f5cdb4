import { type RequestHandler, Router } from "express";
import type { MessageService } from "../../services/message.service";
import { currentUser } from "../middleware/authenticate";
import { conversationParamsSchema, conversationQuerySchema, parseInput, sendMessageSchema } from "../schemas";

export function messageRoutes(messages: MessageService, authenticate: RequestHandler): Router {
  const router = Router();

  router.post("/messages/send", authenticate, async (req, res) => {
    const { message, created } = await messages.send(currentUser(req).id, parseInput(sendMessageSchema, req.body));
    res.status(created ? 201 : 200).json({ message });
  });

  router.get("/messages/conversation/:user_id", authenticate, async (req, res) => {
    const { user_id: partnerId } = parseInput(conversationParamsSchema, req.params);
    const query = parseInput(conversationQuerySchema, req.query);
    res.json(await messages.conversation(currentUser(req).id, partnerId, query));
  });

  router.get("/conversations", authenticate, async (req, res) => {
    res.json({ conversations: await messages.conversations(currentUser(req).id) });
  });

  return router;
}
