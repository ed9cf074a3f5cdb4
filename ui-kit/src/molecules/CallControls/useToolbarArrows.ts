import { useCallback, type KeyboardEvent } from 'react';
import type { TextDirection } from '../../locale/direction';

/**
 * ← and → between a toolbar's buttons (flipped right to left), Home and End to its ends. The
 * buttons stay in the Tab order, as in the kit's other lists: a call's few controls are quick to
 * tab through, and a person who only knows Tab must still reach Hang up.
 */
export function useToolbarArrows(dir: TextDirection) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'));
      const at = buttons.indexOf(event.target as HTMLButtonElement);
      if (at < 0) return;
      const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
      const next =
        event.key === forward
          ? (at + 1) % buttons.length
          : event.key === back
            ? (at - 1 + buttons.length) % buttons.length
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? buttons.length - 1
                : -1;
      if (next < 0) return;
      event.preventDefault();
      buttons[next]?.focus();
    },
    [dir],
  );
}
