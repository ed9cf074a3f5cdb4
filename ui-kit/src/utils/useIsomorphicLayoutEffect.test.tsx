import { render } from '@testing-library/react';
import { useLayoutEffect, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

describe('useIsomorphicLayoutEffect (in a browser)', () => {
  it('is useLayoutEffect', () => {
    expect(useIsomorphicLayoutEffect).toBe(useLayoutEffect);
  });

  it('runs after the DOM is updated and before render() returns (so it can measure)', () => {
    const measured: number[] = [];
    function Box({ width }: { width: number }) {
      const ref = useRef<HTMLDivElement>(null);
      useIsomorphicLayoutEffect(() => {
        measured.push(parseFloat(ref.current!.style.width));
      }, [width]);
      return <div ref={ref} style={{ width }} />;
    }
    const { rerender } = render(<Box width={10} />);
    rerender(<Box width={20} />);
    expect(measured).toEqual([10, 20]);
  });
});
