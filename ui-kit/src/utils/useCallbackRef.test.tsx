import { render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, useEffect, useState } from 'react';
import { useCallbackRef } from './useCallbackRef';

describe('useCallbackRef', () => {
  it('keeps one identity across renders and calls the latest callback with its arguments', () => {
    const first = jest.fn((a: number, b: string) => `${a}${b} first`);
    const second = jest.fn((a: number, b: string) => `${a}${b} second`);
    const { result, rerender } = renderHook(({ fn }) => useCallbackRef(fn), { initialProps: { fn: first } });
    const stable = result.current;
    rerender({ fn: second });
    expect(result.current).toBe(stable);
    expect(stable(1, 'x')).toBe('1x second');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith(1, 'x');
  });

  it('does nothing (returns undefined) while there is no callback, and picks one up when it comes', () => {
    const fn = jest.fn(() => 7);
    const { result, rerender } = renderHook(({ cb }: { cb?: () => number }) => useCallbackRef(cb), {
      initialProps: {},
    });
    expect(result.current()).toBeUndefined();
    rerender({ cb: fn });
    expect(result.current()).toBe(7);
    rerender({});
    expect(result.current()).toBeUndefined();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('already calls the new callback in the effects of the render that brought it', () => {
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ label }) => {
        const report = useCallbackRef(() => seen.push(label));
        useEffect(() => {
          report();
        });
      },
      { initialProps: { label: 'one' } },
    );
    rerender({ label: 'two' });
    expect(seen).toEqual(['one', 'two']);
  });

  it('keeps a memoized child from rendering again when the parent passes a new inline function', async () => {
    const childRenders = jest.fn();
    const Child = memo(function Child({ onPress }: { onPress: () => void }) {
      childRenders();
      return (
        <button type="button" onClick={onPress}>
          press
        </button>
      );
    });
    const pressed: number[] = [];
    function Parent() {
      const [count, setCount] = useState(0);
      const onPress = useCallbackRef(() => {
        pressed.push(count);
        setCount(count + 1);
      });
      return <Child onPress={onPress} />;
    }
    render(<Parent />);
    await userEvent.click(screen.getByRole('button', { name: 'press' }));
    await userEvent.click(screen.getByRole('button', { name: 'press' }));
    expect(pressed).toEqual([0, 1]); // the latest closure each time
    expect(childRenders).toHaveBeenCalledTimes(1);
  });
});
