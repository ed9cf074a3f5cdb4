import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { PasswordForm } from './PasswordForm';

const fill = async (current: string, next: string, confirm = next) => {
  if (current) await userEvent.type(screen.getByLabelText('Current password'), current);
  if (next) await userEvent.type(screen.getByLabelText('New password'), next);
  if (confirm) await userEvent.type(screen.getByLabelText('Confirm new password'), confirm);
};

describe('PasswordForm', () => {
  it('submits the current and the new password', async () => {
    const onSubmit = jest.fn();
    render(<PasswordForm onSubmit={onSubmit} />);
    expect(screen.getByLabelText('Current password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
    await fill('old secret', 'correct horse battery staple');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(onSubmit).toHaveBeenCalledWith({ currentPassword: 'old secret', newPassword: 'correct horse battery staple' });
  });

  it('asks for every field and for two equal new passwords, focusing the first wrong field', async () => {
    const onSubmit = jest.fn();
    render(<PasswordForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const current = screen.getByLabelText('Current password');
    expect(current).toHaveAccessibleDescription('Enter your current password.');
    expect(current).toHaveFocus();
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription('Enter a new password.');
    await fill('old secret', 'one long phrase', 'one long phrasx');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const confirm = screen.getByLabelText('Confirm new password');
    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(confirm).toHaveAccessibleDescription('The two new passwords differ.');
    expect(confirm).toHaveFocus();
  });

  it("shows the server's word under its field and focuses it; editing the field hides it", async () => {
    const { rerender } = render(<PasswordForm onSubmit={() => {}} />);
    rerender(<PasswordForm onSubmit={() => {}} fieldErrors={{ newPassword: 'new_password is too easy to guess: a single word is easy to guess' }} />);
    const next = screen.getByLabelText('New password');
    expect(next).toHaveAttribute('aria-invalid', 'true');
    expect(next).toHaveAccessibleDescription(/too easy to guess/);
    expect(next).toHaveFocus();
    await userEvent.type(next, 'x');
    expect(next).not.toHaveAttribute('aria-invalid');
    rerender(<PasswordForm onSubmit={() => {}} fieldErrors={{ currentPassword: 'The current password is wrong.' }} />);
    expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription('The current password is wrong.');
    expect(screen.getByLabelText('Current password')).toHaveFocus();
  });

  it('shows a form error as an alert, success as a status, and is busy while submitting', async () => {
    const onSubmit = jest.fn();
    const ref = createRef<HTMLFormElement>();
    const { rerender } = render(<PasswordForm ref={ref} onSubmit={onSubmit} error="Too many attempts." />);
    expect(ref.current?.tagName).toBe('FORM');
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts.');
    rerender(<PasswordForm ref={ref} onSubmit={onSubmit} notice="Password changed." />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Password changed.');
    rerender(<PasswordForm ref={ref} onSubmit={onSubmit} submitting newPasswordHint="Use a few uncommon words." />);
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription('Use a few uncommon words.');
    await fill('a', 'b');
    const button = screen.getByRole('button', { name: 'Change password' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
