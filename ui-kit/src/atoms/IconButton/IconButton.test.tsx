import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { IconButton } from './IconButton';

describe('IconButton', () => {
  it('is named by its label, with the icon hidden from assistive technology', async () => {
    const onClick = jest.fn();
    const ref = createRef<HTMLButtonElement>();
    render(<IconButton ref={ref} label="Back" icon={<svg data-testid="icon" aria-hidden="true" />} onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Back' });
    expect(button).toHaveAttribute('title', 'Back');
    expect(screen.getByTestId('icon')).toHaveAttribute('aria-hidden', 'true');
    expect(ref.current).toBe(button);
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('can be reached and pressed with the keyboard', async () => {
    const onClick = jest.fn();
    render(<IconButton label="Send" icon={null} onClick={onClick} />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('grows to a 44 px touch target on coarse pointers', () => {
    render(<IconButton label="Back" icon={null} size={36} />);
    const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(css).toMatch(/@media \(pointer: ?coarse\)\s*\{[^}]*min-width:\s*44px;[^}]*min-height:\s*44px;/);
  });
});
