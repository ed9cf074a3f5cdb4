import { type RequestHandler, Router } from "express";
import type { MessageService } from "../../services/message.service";
import { currentUser } from "../middleware/authenticate";
import { conversationParamsSchema, conversationQuerySchema, parseInput, sendMessageSchema } from "../schemas";

export function messageRoutes(messages: MessageService, authenticated: RequestHandler[]): Router {
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

  router.get("/conversations", ...authenticated, async (req, res) => {
    res.json({ conversations: await messages.conversations(currentUser(req).id) });
  });

  return router;
}
