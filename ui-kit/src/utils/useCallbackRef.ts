import { useCallback, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

/**
 * A function whose identity never changes and that always calls the latest `callback` (or does
 * nothing while there is none). Passing it down instead of the callback itself keeps memoized
 * children intact when a parent hands in a new inline function on every render.
 *
 * The latest callback is picked up in a layout effect, so call the result from event handlers and
 * effects, not during render (where it would still call the previous render's callback).
 */
export function useCallbackRef<Args extends unknown[], Result>(
  callback: ((...args: Args) => Result) | undefined,
): (...args: Args) => Result | undefined {
  const ref = useRef(callback);
  useIsomorphicLayoutEffect(() => {
    ref.current = callback;
  });
  return useCallback((...args: Args) => ref.current?.(...args), []);
}
