import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { ResetPasswordForm } from './ResetPasswordForm';

const fill = async (next: string, confirm = next) => {
  if (next) await userEvent.type(screen.getByLabelText('New password'), next);
  if (confirm) await userEvent.type(screen.getByLabelText('Confirm new password'), confirm);
};

describe('ResetPasswordForm', () => {
  it('submits the new password, typed twice, with autocomplete for a new one', async () => {
    const onSubmit = jest.fn();
    render(<ResetPasswordForm onSubmit={onSubmit} />);
    expect(screen.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByLabelText('Confirm new password')).toHaveAttribute('type', 'password');
    await fill('plum lantern orbit cactus');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(onSubmit).toHaveBeenCalledWith({ newPassword: 'plum lantern orbit cactus' });
  });

  it('asks for a password and for the same one twice, focusing the wrong field', async () => {
    const onSubmit = jest.fn();
    render(<ResetPasswordForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription('Enter a new password.');
    expect(screen.getByLabelText('New password')).toHaveFocus();
    await fill('one long phrase', 'one long phrasx');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    const confirm = screen.getByLabelText('Confirm new password');
    expect(confirm).toHaveAccessibleDescription('The two new passwords differ.');
    expect(confirm).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("shows the server's strength message under the field, in place of the hint, until it is edited", async () => {
    const { rerender } = render(<ResetPasswordForm onSubmit={() => {}} newPasswordHint="Use a few uncommon words." />);
    const next = screen.getByLabelText('New password');
    expect(next).toHaveAccessibleDescription('Use a few uncommon words.');
    rerender(
      <ResetPasswordForm onSubmit={() => {}} newPasswordHint="Use a few uncommon words." fieldErrors={{ newPassword: 'Too easy to guess.' }} />,
    );
    expect(next).toHaveAttribute('aria-invalid', 'true');
    expect(next).toHaveAccessibleDescription('Too easy to guess.');
    expect(next).toHaveFocus();
    await userEvent.type(next, 'x');
    expect(next).toHaveAccessibleDescription('Use a few uncommon words.');
  });

  it('shows a form error as an alert and is busy while submitting', async () => {
    const onSubmit = jest.fn();
    const ref = createRef<HTMLFormElement>();
    const { rerender } = render(<ResetPasswordForm ref={ref} onSubmit={onSubmit} error="This reset link has expired." />);
    expect(ref.current?.tagName).toBe('FORM');
    expect(screen.getByRole('alert')).toHaveTextContent('This reset link has expired.');
    rerender(<ResetPasswordForm ref={ref} onSubmit={onSubmit} submitting />);
    await fill('a b c d');
    const button = screen.getByRole('button', { name: 'Set new password' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
