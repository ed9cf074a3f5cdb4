import type { Server } from "socket.io";
import type { MessageEvents } from "../services/message-events";
import type { MessageJson } from "../services/presenters";
import { userRoom } from "./rooms";

/** Pushes committed messages to every connected socket of the receiver and of the sender. */
export class SocketMessageEvents implements MessageEvents {
  constructor(private readonly io: Server) {}

  messageCreated(message: MessageJson): void {
    this.io.to([userRoom(message.receiver_id), userRoom(message.sender_id)]).emit("message:new", message);
  }
}
