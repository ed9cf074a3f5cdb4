import { act, renderHook } from '@testing-library/react';
import { useControllableState, type UseControllableStateParams } from './useControllableState';

function setup<T>(initial: UseControllableStateParams<T>) {
  return renderHook((props: UseControllableStateParams<T>) => useControllableState(props), { initialProps: initial });
}

describe('useControllableState', () => {
  describe('uncontrolled (prop undefined)', () => {
    it('starts at defaultProp and keeps what is set, calling onChange synchronously with it', () => {
      const onChange = jest.fn();
      const { result } = setup({ defaultProp: 'a', onChange });
      expect(result.current[0]).toBe('a');
      act(() => {
        result.current[1]('b');
        expect(onChange).toHaveBeenCalledWith('b'); // before the re-render, in the same event
      });
      expect(result.current[0]).toBe('b');
      expect(onChange).toHaveBeenCalledTimes(1);
    });

    it('chains updater functions within one event, like useState', () => {
      const onChange = jest.fn();
      const { result } = setup({ defaultProp: 0, onChange });
      act(() => {
        result.current[1]((n) => n + 1);
        result.current[1]((n) => n + 1);
      });
      expect(result.current[0]).toBe(2);
      expect(onChange.mock.calls).toEqual([[1], [2]]);
    });

    it('does not call onChange when the value stays the same (Object.is)', () => {
      const onChange = jest.fn();
      const list = ['x'];
      const { result } = setup<readonly string[] | number>({ defaultProp: list, onChange });
      act(() => result.current[1](list));
      act(() => result.current[1]((current) => current));
      expect(onChange).not.toHaveBeenCalled();
      act(() => result.current[1](['x'])); // an equal but new array is a change
      expect(onChange).toHaveBeenCalledTimes(1);
      act(() => result.current[1](Number.NaN));
      act(() => result.current[1](Number.NaN));
      expect(onChange).toHaveBeenCalledTimes(2);
    });

    it('ignores later changes to defaultProp', () => {
      const { result, rerender } = setup({ defaultProp: 'first' });
      rerender({ defaultProp: 'second' });
      expect(result.current[0]).toBe('first');
    });

    it('works without onChange', () => {
      const { result } = setup({ defaultProp: 1 });
      act(() => result.current[1](5));
      expect(result.current[0]).toBe(5);
    });
  });

  describe('controlled (prop defined)', () => {
    it('shows prop, and only asks onChange: the value moves when the owner passes a new prop', () => {
      const onChange = jest.fn();
      const { result, rerender } = setup<string>({ prop: 'a', defaultProp: 'unused', onChange });
      expect(result.current[0]).toBe('a');
      act(() => result.current[1]('b'));
      expect(onChange).toHaveBeenCalledWith('b');
      expect(result.current[0]).toBe('a');
      rerender({ prop: 'b', defaultProp: 'unused', onChange });
      expect(result.current[0]).toBe('b');
    });

    it('compares against the prop: a refused change is asked for again, setting the prop value is no change', () => {
      const onChange = jest.fn();
      const { result } = setup<string>({ prop: 'a', defaultProp: '', onChange });
      act(() => result.current[1]('b'));
      act(() => result.current[1]('b')); // the owner kept 'a': still a change
      act(() => result.current[1]('a'));
      expect(onChange.mock.calls).toEqual([['b'], ['b']]);
    });

    it('hands updaters the prop', () => {
      const onChange = jest.fn();
      const { result, rerender } = setup<number>({ prop: 10, defaultProp: 0, onChange });
      act(() => result.current[1]((n) => n + 1));
      expect(onChange).toHaveBeenLastCalledWith(11);
      rerender({ prop: 20, defaultProp: 0, onChange });
      act(() => result.current[1]((n) => n + 1));
      expect(onChange).toHaveBeenLastCalledWith(21);
    });

    it('treats an empty string, 0 and null as values (only undefined means uncontrolled)', () => {
      const { result } = setup<string | null>({ prop: null, defaultProp: 'own' });
      expect(result.current[0]).toBeNull();
      const empty = setup<string>({ prop: '', defaultProp: 'own' });
      expect(empty.result.current[0]).toBe('');
    });
  });

  it('returns one setter for the component’s lifetime, which calls the latest onChange', () => {
    const first = jest.fn();
    const second = jest.fn();
    const { result, rerender } = setup<string>({ prop: 'a', defaultProp: '', onChange: first });
    const setter = result.current[1];
    rerender({ prop: 'b', defaultProp: '', onChange: second });
    rerender({ prop: undefined, defaultProp: '', onChange: second });
    expect(result.current[1]).toBe(setter);
    act(() => setter('c'));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('c');
  });

  describe('switching between controlled and uncontrolled', () => {
    it('goes back to its own value when the prop becomes undefined (its own state is untouched while controlled)', () => {
      const onChange = jest.fn();
      const { result, rerender } = setup<string>({ defaultProp: 'own', onChange });
      act(() => result.current[1]('typed'));
      rerender({ prop: 'owner', defaultProp: 'own', onChange });
      expect(result.current[0]).toBe('owner');
      act(() => result.current[1]('asked'));
      rerender({ prop: undefined, defaultProp: 'own', onChange });
      expect(result.current[0]).toBe('typed');
      act(() => result.current[1]('again'));
      expect(result.current[0]).toBe('again');
      expect(onChange.mock.calls).toEqual([['typed'], ['asked'], ['again']]);
    });

    it('does not warn', () => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
      const error = jest.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const { rerender } = setup<string>({ defaultProp: '' });
        rerender({ prop: 'x', defaultProp: '' });
        rerender({ prop: undefined, defaultProp: '' });
        expect(warn).not.toHaveBeenCalled();
        expect(error).not.toHaveBeenCalled();
      } finally {
        warn.mockRestore();
        error.mockRestore();
      }
    });
  });
});
