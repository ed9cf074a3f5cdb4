import { useCallback } from "react";
import type { ChatMessage } from "@chat-app/ui-kit";
import type { CallTarget } from "@chat-app/client";
import type { CallsState } from "@chat-app/client/react";

/**
 * A call row's "Call back": a new call of the same kind to the same conversation. Undefined (no
 * button) while this tab is in a call or when the conversation cannot be called.
 */
export function useCallBack(
  calls: CallsState,
  target: CallTarget | null,
  onError: (error: unknown) => void,
): ((message: ChatMessage) => void) | undefined {
  const { start } = calls;
  const callBack = useCallback(
    (message: ChatMessage) => {
      if (target && message.call) void start(target, message.call.media).catch(onError);
    },
    [start, target, onError],
  );
  return target && calls.current === null && !calls.entering ? callBack : undefined;
}
