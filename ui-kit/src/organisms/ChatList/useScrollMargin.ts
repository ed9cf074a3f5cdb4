import { useCallback, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../../utils/useIsomorphicLayoutEffect';

/**
 * Where the list's content starts inside the scrolling `host`'s content (px from its top), for the
 * virtualizer's `scrollMargin`: measured after every render and whenever the host, the list or
 * anything before it inside the host changes size (a search result list above it, a banner).
 * 0 without a host. Returns the margin and the ref for the list's content element.
 */
export function useScrollMargin(host: HTMLElement | null): [margin: number, ref: (node: HTMLElement | null) => void] {
  const [margin, setMargin] = useState(0);
  const [node, setNode] = useState<HTMLElement | null>(null);

  const measure = useCallback(() => {
    if (!host || !node) return;
    const offset = Math.round(node.getBoundingClientRect().top - host.getBoundingClientRect().top + host.scrollTop);
    setMargin((current) => (current === offset ? current : offset));
  }, [host, node]);
  useIsomorphicLayoutEffect(measure);

  useIsomorphicLayoutEffect(() => {
    if (!host || !node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(host);
    // The list and everything before it, up to the host's own children (or those slotted into its shadow root).
    for (let el: Element | null = node; el && el !== document.body; el = el.parentElement) {
      observer.observe(el);
      for (let before = el.previousElementSibling; before; before = before.previousElementSibling) observer.observe(before);
      if (el.parentElement === host || el.assignedSlot) break;
    }
    return () => observer.disconnect();
  }, [host, node, measure]);

  return [host ? margin : 0, setNode];
}
