import { shownName } from "@chat-app/client";
import type { CallJson } from "@chat-app/protocol";

/** A person of the call by name: the caller's comes with the call (they may never have written). */
export const nameIn = (call: CallJson, userId: number, userName: (id: number) => string): string =>
  userId === call.caller.id ? shownName(call.caller) : userName(userId);
