import { useCallback, useRef, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

type FocusTarget = RefObject<HTMLElement | null>;

/**
 * Returns `returnFocus(...targets)`: once the next render is on screen, focus goes to the first
 * target that is in the document then. Call it from the handler that closes something (an editor,
 * a confirmation) with the control that opened it first and fallbacks after: that control is often
 * rendered anew by the same update, so the element is looked up only after the render.
 */
export function useReturnFocus(): (...targets: FocusTarget[]) => void {
  const pending = useRef<FocusTarget[] | null>(null);
  useIsomorphicLayoutEffect(() => {
    const targets = pending.current;
    if (!targets) return;
    pending.current = null;
    targets.find((target) => target.current?.isConnected)?.current?.focus();
  });
  return useCallback((...targets: FocusTarget[]) => {
    pending.current = targets;
  }, []);
}
