import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { DeleteAccountForm } from './DeleteAccountForm';

describe('DeleteAccountForm', () => {
  it('says what will happen, then submits the password with "Delete my account"', async () => {
    const onSubmit = jest.fn();
    render(<DeleteAccountForm onSubmit={onSubmit} holdDays={30} />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'Your account and all your sessions end at once, on every device.',
      'Messages you sent stay, text included, in the chats of the people you wrote to, shown as from “Deleted account”.',
      'Files and pictures you uploaded are deleted.',
      'Your username stays reserved for 30 days, so nobody can pose as you.',
    ]);
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    await userEvent.type(screen.getByLabelText('Password'), 'plum lantern orbit');
    await userEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(onSubmit).toHaveBeenCalledWith('plum lantern orbit');
  });

  it('asks for the password before submitting, and speaks of the hold without a number when none is known', async () => {
    const onSubmit = jest.fn();
    render(<DeleteAccountForm onSubmit={onSubmit} />);
    expect(screen.getByText(/reserved for a while/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it("shows the server's word under the password and focuses it; editing hides it", async () => {
    const { rerender } = render(<DeleteAccountForm onSubmit={() => {}} />);
    rerender(<DeleteAccountForm onSubmit={() => {}} passwordError="password is wrong" />);
    const field = screen.getByLabelText('Password');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('password is wrong');
    expect(field).toHaveFocus();
    await userEvent.type(field, 'x');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('shows a form error as an alert and is busy while submitting', async () => {
    const onSubmit = jest.fn();
    const ref = createRef<HTMLFormElement>();
    const { rerender } = render(<DeleteAccountForm ref={ref} onSubmit={onSubmit} error="Too many attempts." />);
    expect(ref.current?.tagName).toBe('FORM');
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts.');
    rerender(<DeleteAccountForm ref={ref} onSubmit={onSubmit} submitting />);
    await userEvent.type(screen.getByLabelText('Password'), 'a');
    const button = screen.getByRole('button', { name: 'Delete my account' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
