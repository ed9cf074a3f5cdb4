import { useCallback, useEffect, useRef, type FocusEvent } from 'react';

/**
 * For a part whose focused control can vanish on a later render (a deleted message loses its
 * buttons, a removed member's row goes): spread the returned handlers on the part, and when the
 * element focused last inside it has left the document and focus fell to <body>, focus goes to
 * `fallback`. Focus that moved elsewhere on purpose is left alone.
 */
export function useFocusFallback(fallback: { readonly current: HTMLElement | null }) {
  const last = useRef<HTMLElement | null>(null);
  // A passive effect: runs after the component's own focus moves (layout effects, earlier effects).
  useEffect(() => {
    const element = last.current;
    if (!element || element.isConnected) return;
    last.current = null;
    const active = element.ownerDocument.activeElement;
    if (!active || active === element.ownerDocument.body) fallback.current?.focus();
  });
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    last.current = event.target;
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) last.current = null;
  }, []);
  return { onFocus, onBlur };
}
