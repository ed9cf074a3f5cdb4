import { useCallback, useEffect, useRef, type PointerEvent } from 'react';
import { useCallbackRef } from './useCallbackRef';

/** How far (px) a finger may drift before the press counts as a scroll or a drag. */
const SLOP = 10;

/**
 * Touch long-press: spread the returned handlers on an element; `onLongPress` runs once a touch
 * (or pen) pointer has stayed down for `delay` ms without moving. Moving, lifting, scrolling
 * (pointercancel) or leaving cancels it. Mouse presses are ignored: a mouse has hover and menus.
 */
export function useLongPress(onLongPress: () => void, delay = 500) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const start = useRef({ x: 0, y: 0 });
  const callback = useCallbackRef(onLongPress);
  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
  }, []);
  useEffect(() => cancel, [cancel]);
  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      if (event.pointerType === 'mouse' || !event.isPrimary) return;
      cancel();
      start.current = { x: event.clientX, y: event.clientY };
      timer.current = setTimeout(() => {
        timer.current = undefined;
        callback();
      }, delay);
    },
    [callback, cancel, delay],
  );
  const onPointerMove = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      if (timer.current === undefined) return;
      if (Math.hypot(event.clientX - start.current.x, event.clientY - start.current.y) > SLOP) cancel();
    },
    [cancel],
  );
  return { onPointerDown, onPointerMove, onPointerUp: cancel, onPointerCancel: cancel, onPointerLeave: cancel };
}
