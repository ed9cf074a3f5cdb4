import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { Button } from './Button';

describe('Button', () => {
  it('is a type="button" button that calls onClick', async () => {
    const onClick = jest.fn();
    render(<Button onClick={onClick}>Save</Button>);
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toHaveAttribute('type', 'button');
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('while loading is busy and ignores clicks but stays focusable', async () => {
    const onClick = jest.fn();
    render(
      <Button loading onClick={onClick}>
        Log in
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Log in' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('data-loading', 'true');
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
    button.focus();
    expect(button).toHaveFocus();
  });

  it('does not fire when disabled', async () => {
    const onClick = jest.fn();
    render(
      <Button disabled onClick={onClick}>
        Go
      </Button>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(onClick).not.toHaveBeenCalled();
  });

  it('forwards ref, className, variant data attribute and submit type', () => {
    const ref = createRef<HTMLButtonElement>();
    render(
      <Button ref={ref} className="c" variant="danger" type="submit">
        Delete
      </Button>,
    );
    expect(ref.current).toBe(screen.getByRole('button', { name: 'Delete' }));
    expect(ref.current).toHaveClass('c');
    expect(ref.current).toHaveAttribute('data-variant', 'danger');
    expect(ref.current).toHaveAttribute('type', 'submit');
  });

  it('keeps a label on one line unless it stretches to its container', () => {
    render(
      <>
        <Button size="sm">Log out</Button>
        <Button fullWidth>Create an account with this long label</Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Log out' })).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(screen.getByRole('button', { name: /Create an account/ })).toHaveStyle({ whiteSpace: 'normal' });
  });
});
