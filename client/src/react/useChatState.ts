import { useCallback } from "react";
import { useSyncExternalStoreWithSelector } from "use-sync-external-store/with-selector";
import type { ChatClient } from "../ChatClient";

export { sameItems } from "../same-items";

/**
 * Reads something from the client and re-renders only when it changes: after each change the
 * client announces, `select` runs again and the component renders only if `isEqual` says the answer
 * differs from the last one. Before there is a client (`null`), the answer is `fallback`.
 */
export function useChatState<T>(
  client: ChatClient | null,
  select: (client: ChatClient) => T,
  fallback: T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const subscribe = useCallback((onChange: () => void) => (client ? client.subscribe(onChange) : () => undefined), [client]);
  const getVersion = useCallback(() => (client ? client.version : -1), [client]);
  return useSyncExternalStoreWithSelector(subscribe, getVersion, getVersion, () => (client ? select(client) : fallback), isEqual);
}
