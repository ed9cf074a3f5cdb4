import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { useFocusFallback } from './useFocusFallback';

function Items({ names }: { names: string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const fallback = useFocusFallback(ref);
  return (
    <>
      <div ref={ref} tabIndex={-1} role="group" aria-label="Items" {...fallback}>
        {names.map((name) => (
          <button key={name} type="button">
            {name}
          </button>
        ))}
      </div>
      <button type="button">Outside</button>
    </>
  );
}

describe('useFocusFallback', () => {
  it('catches focus when the focused element inside is removed', async () => {
    const { rerender } = render(<Items names={['a', 'b']} />);
    await userEvent.click(screen.getByRole('button', { name: 'b' }));
    rerender(<Items names={['a']} />);
    expect(screen.getByRole('group', { name: 'Items' })).toHaveFocus();
  });

  it('leaves focus that moved outside alone', async () => {
    const { rerender } = render(<Items names={['a', 'b']} />);
    await userEvent.click(screen.getByRole('button', { name: 'b' }));
    await userEvent.click(screen.getByRole('button', { name: 'Outside' }));
    rerender(<Items names={['a']} />);
    expect(screen.getByRole('button', { name: 'Outside' })).toHaveFocus();
  });
});
