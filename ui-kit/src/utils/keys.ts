import type { KeyboardEvent } from 'react';

/**
 * A keydown handler that runs `handler` on Escape, unless something inside already handled it
 * (a search field clearing itself, an inner confirmation): nested parts close one at a time.
 */
export function onEscape<E extends HTMLElement>(handler: (() => void) | undefined) {
  return (event: KeyboardEvent<E>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !handler) return;
    event.preventDefault();
    handler();
  };
}
