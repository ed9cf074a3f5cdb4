import type { KeyboardEvent } from 'react';

/**
 * True for an Escape that nothing inside has handled yet (a search field clearing itself, an inner
 * confirmation), and marks it handled: nested parts close one at a time, innermost first.
 */
export function takeEscape(event: KeyboardEvent): boolean {
  if (event.key !== 'Escape' || event.defaultPrevented) return false;
  event.preventDefault();
  return true;
}
