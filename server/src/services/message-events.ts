import type { MessageJson } from "./presenters";

/** Where a saved message goes next: the socket layer implements it; the service only knows this. */
export interface MessageEvents {
  messageCreated(message: MessageJson): void;
}
