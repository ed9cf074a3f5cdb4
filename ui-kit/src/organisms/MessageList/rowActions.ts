import { useMemo } from 'react';
import type { MessageActionHandlers } from '../../molecules/MessageActions/MessageActions';
import { useCallbackRef } from '../../utils/useCallbackRef';

/** The "More actions" menu's handlers the list hands to every bubble. */
export type RowMenuHandlers = Pick<MessageActionHandlers, 'onReply' | 'onReact' | 'onForward' | 'onTogglePin' | 'onReport'>;

/**
 * The menu handlers, each stable while it is given (undefined while not: the action is not
 * offered), in one object that changes only when an action comes or goes: rows stay memoized.
 */
export function useRowMenuHandlers({ onReply, onReact, onForward, onTogglePin, onReport }: RowMenuHandlers): RowMenuHandlers {
  const reply = useCallbackRef(onReply);
  const react = useCallbackRef(onReact);
  const forward = useCallbackRef(onForward);
  const togglePin = useCallbackRef(onTogglePin);
  const report = useCallbackRef(onReport);
  const [hasReply, hasReact, hasForward, hasPin, hasReport] = [onReply, onReact, onForward, onTogglePin, onReport].map(Boolean);
  return useMemo(
    () => ({
      onReply: hasReply ? reply : undefined,
      onReact: hasReact ? react : undefined,
      onForward: hasForward ? forward : undefined,
      onTogglePin: hasPin ? togglePin : undefined,
      onReport: hasReport ? report : undefined,
    }),
    [hasReply, hasReact, hasForward, hasPin, hasReport, reply, react, forward, togglePin, report],
  );
}
