import type { MessageJson } from "@chat-app/protocol";
import type { MessageEvents } from "./message-events";

/** Hears of each new message after the sockets were told (push notifications); must return at once. */
export interface NewMessageListener {
  messageCreated(message: MessageJson, recipients: readonly number[]): void;
}

/** The socket events, and each new message also handed to listeners: services keep announcing once. */
export function withListeners(events: MessageEvents, listeners: readonly NewMessageListener[], log: (error: unknown) => void): MessageEvents {
  return {
    messageCreated(message, recipients, exceptConnection) {
      events.messageCreated(message, recipients, exceptConnection);
      // The copy for people who blocked its sender: shown collapsed in the app, never pushed to a lock screen.
      if (message.sender_blocked) return;
      for (const listener of listeners) {
        try {
          listener.messageCreated(message, recipients);
        } catch (error) {
          // A listener's trouble is never the sender's: the message is stored and announced.
          log(error);
        }
      }
    },
    messageUpdated: (message, recipients) => events.messageUpdated(message, recipients),
    reactionsChanged: (reactions, recipients) => events.reactionsChanged(reactions, recipients),
    messagePinned: (pin, recipients) => events.messagePinned(pin, recipients),
    receiptsChanged: (receipt, recipients) => events.receiptsChanged(receipt, recipients),
    groupChanged: (group, recipients) => events.groupChanged(group, recipients),
    groupLeft: (groupId, userIds) => events.groupLeft(groupId, userIds),
  };
}
