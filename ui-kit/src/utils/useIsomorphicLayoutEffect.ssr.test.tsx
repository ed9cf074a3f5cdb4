/**
 * @jest-environment node
 *
 * Without a DOM the hook is a plain effect: react-dom/server renders it silently (it runs no effects).
 */
import { useEffect } from 'react';
import { renderToString } from 'react-dom/server';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

describe('useIsomorphicLayoutEffect (on a server)', () => {
  it('is useEffect, and renders to a string without warnings', () => {
    expect(typeof document).toBe('undefined');
    expect(useIsomorphicLayoutEffect).toBe(useEffect);
    const effect = jest.fn();
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      function Component() {
        useIsomorphicLayoutEffect(effect);
        return <p>server</p>;
      }
      expect(renderToString(<Component />)).toBe('<p>server</p>');
      expect(effect).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });
});
