import { useCallback, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useCallbackRef } from './useCallbackRef';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

export interface UseControllableStateParams<T> {
  /** The controlled value. While it is `undefined` the hook keeps the value itself. */
  prop?: T | undefined;
  /** The first value of the uncontrolled state. */
  defaultProp: T;
  /** Called with the new value whenever a set changes it (`Object.is`), controlled or not. */
  onChange?: ((value: T) => void) | undefined;
}

const isUpdater = <T>(action: SetStateAction<T>): action is (previous: T) => T => typeof action === 'function';

/**
 * State that a component either owns or is handed: `[value, setValue]` like `useState`, where
 * `value` is `prop` when it is defined and the component's own state otherwise. `setValue` takes a
 * value or an updater, is stable, and calls `onChange` synchronously, only when the value changes.
 * While controlled, the own state is left alone: a component that stops being controlled goes
 * back to the value it last had on its own. (`T` must not itself be a function type.)
 */
export function useControllableState<T>({ prop, defaultProp, onChange }: UseControllableStateParams<T>): [T, Dispatch<SetStateAction<T>>] {
  const [own, setOwn] = useState(defaultProp);
  const controlled = prop !== undefined;
  const value = controlled ? prop : own;
  const handleChange = useCallbackRef(onChange);

  // What the next set compares against and hands to an updater: the rendered value, moved on by
  // sets made since while uncontrolled (so updaters chain as with useState). While controlled only
  // a new `prop` moves it: the owner may refuse a change.
  const latest = useRef({ value, controlled });
  useIsomorphicLayoutEffect(() => {
    latest.current = { value, controlled };
  });

  const setValue = useCallback(
    (action: SetStateAction<T>) => {
      const current = latest.current;
      const next = isUpdater(action) ? action(current.value) : action;
      if (Object.is(next, current.value)) return;
      if (!current.controlled) {
        latest.current = { value: next, controlled: false };
        setOwn(next);
      }
      handleChange(next);
    },
    [handleChange],
  );

  return [value, setValue];
}
