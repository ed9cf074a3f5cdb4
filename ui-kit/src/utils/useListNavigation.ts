import { useCallback, useRef, type KeyboardEvent } from 'react';

const ITEMS = 'button:not(:disabled), input:not(:disabled), a[href]';

const itemsOf = (list: HTMLElement | null) => (list ? Array.from(list.querySelectorAll<HTMLElement>(ITEMS)) : []);

/**
 * Arrow keys between a search field and the list of results under it (buttons, checkboxes): the
 * results keep their own roles and names, and stay in the Tab order. ↓ in the field focuses the
 * first result; in the list ↓/↑ move by one, Home/End go to the ends, and ↑ on the first result
 * goes back to the field. Put `fieldRef`/`onFieldKeyDown` on the field, `listRef`/`onListKeyDown`
 * on the list.
 */
export function useListNavigation<Field extends HTMLElement = HTMLInputElement, List extends HTMLElement = HTMLElement>() {
  const fieldRef = useRef<Field>(null);
  const listRef = useRef<List>(null);
  const onFieldKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' || event.defaultPrevented) return;
    const first = itemsOf(listRef.current)[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  }, []);
  const onListKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    const items = itemsOf(listRef.current);
    const at = items.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const target =
      event.key === 'ArrowDown'
        ? items[Math.min(at + 1, items.length - 1)]
        : event.key === 'ArrowUp'
          ? at === 0
            ? fieldRef.current
            : items[at - 1]
          : event.key === 'Home'
            ? items[0]
            : event.key === 'End'
              ? items[items.length - 1]
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    target?.focus();
  }, []);
  return { fieldRef, listRef, onFieldKeyDown, onListKeyDown };
}
