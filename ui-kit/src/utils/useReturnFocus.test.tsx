import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { useReturnFocus } from './useReturnFocus';

/** An "Open" button replaced by a question while open, as the kit's inline confirmations are. */
function Question({ removeOpener = false }: { removeOpener?: boolean }) {
  const [open, setOpen] = useState(false);
  const [gone, setGone] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const fallbackRef = useRef<HTMLDivElement>(null);
  const returnFocus = useReturnFocus();
  return (
    <div ref={fallbackRef} tabIndex={-1} aria-label="Part" role="group">
      {open ? (
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            if (removeOpener) setGone(true);
            returnFocus(openerRef, fallbackRef);
          }}
        >
          Close
        </button>
      ) : gone ? null : (
        <button type="button" ref={openerRef} onClick={() => setOpen(true)}>
          Open
        </button>
      )}
    </div>
  );
}

describe('useReturnFocus', () => {
  it('focuses the opener rendered anew by the closing update', async () => {
    render(<Question />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('falls back to the next target when the opener is gone', async () => {
    render(<Question removeOpener />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('group', { name: 'Part' })).toHaveFocus();
  });
});
