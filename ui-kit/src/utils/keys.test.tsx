import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentPropsWithoutRef } from 'react';
import { takeEscape } from './keys';

/** A part that closes on Escape, as the kit's panels and confirmations do. */
function Closable({ onClose, ...rest }: ComponentPropsWithoutRef<'div'> & { onClose: () => void }) {
  return <Part {...rest} onKeyDown={(event) => takeEscape(event) && onClose()} />;
}
const Part = (props: ComponentPropsWithoutRef<'div'>) => <div {...props} />;

describe('takeEscape', () => {
  it('is true for Escape only, and not once an inner part took it', async () => {
    const outer = jest.fn();
    const inner = jest.fn();
    render(
      <Closable onClose={outer}>
        <Closable onClose={inner}>
          <button type="button">In</button>
        </Closable>
        <button type="button">Out</button>
      </Closable>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'In' }));
    await userEvent.keyboard('a{Enter}{Escape}');
    expect(inner).toHaveBeenCalledTimes(1);
    expect(outer).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Out' }));
    await userEvent.keyboard('{Escape}');
    expect(outer).toHaveBeenCalledTimes(1);
  });
});
