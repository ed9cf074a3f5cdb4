import { useCallback, useState } from "react";
import type { ChatClient } from "../ChatClient";
import type { ConversationKey } from "../keys";

export interface JumpState {
  /** The message jumped to, until the next jump or `clear`; null when none. */
  target: { key: ConversationKey; messageId: number } | null;
  /** Loading the page around it (it was not loaded). */
  loading: boolean;
}

const IDLE: JumpState = { target: null, loading: false };

/**
 * Jumping to a message of the open conversation (a quoted original): loads the page around it when
 * it is not loaded (`loadAround`), and keeps which message it was so a view can scroll to it and
 * mark it. Another conversation drops the target. Failures go to `onError` (the target is dropped).
 */
export function useJumpToMessage(client: ChatClient | null, key: ConversationKey | null, onError: (error: unknown) => void = () => undefined) {
  const [state, setState] = useState<JumpState>(IDLE);
  if (state.target && state.target.key !== key) setState(IDLE);
  const jump = useCallback(
    (messageId: number) => {
      if (!client || key === null) return;
      const target = { key, messageId };
      const loaded = client.messagesWith(key).some((m) => m.id === messageId);
      setState({ target, loading: !loaded });
      if (loaded) return;
      client
        .loadAround(key, messageId)
        .then(() => setState((s) => (s.target === target ? { target, loading: false } : s)))
        .catch((error: unknown) => {
          setState((s) => (s.target === target ? IDLE : s));
          onError(error);
        });
    },
    [client, key, onError],
  );
  const clear = useCallback(() => setState(IDLE), []);
  return { ...state, jump, clear };
}
