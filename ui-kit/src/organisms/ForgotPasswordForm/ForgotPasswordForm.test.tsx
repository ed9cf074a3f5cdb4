import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { ForgotPasswordForm } from './ForgotPasswordForm';

describe('ForgotPasswordForm', () => {
  it('sends the address, trimmed', async () => {
    const onSubmit = jest.fn();
    render(<ForgotPasswordForm onSubmit={onSubmit} />);
    expect(screen.getByLabelText('Email')).toHaveAttribute('autocomplete', 'email');
    await userEvent.type(screen.getByLabelText('Email'), '  ana@example.test ');
    await userEvent.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'ana@example.test' });
  });

  it('asks for an address that looks like one, focusing the field, and forgets the error on typing', async () => {
    const onSubmit = jest.fn();
    render(<ForgotPasswordForm onSubmit={onSubmit} />);
    const email = screen.getByLabelText('Email');
    await userEvent.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(email).toHaveAccessibleDescription('Enter your email address.');
    expect(email).toHaveFocus();
    await userEvent.type(email, 'ana');
    expect(email).not.toHaveAttribute('aria-invalid');
    await userEvent.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says the same words once sent, shows an error as an alert, is busy while submitting', async () => {
    const onSubmit = jest.fn();
    const ref = createRef<HTMLFormElement>();
    const { rerender } = render(<ForgotPasswordForm ref={ref} onSubmit={onSubmit} error="Too many attempts." />);
    expect(ref.current?.tagName).toBe('FORM');
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts.');
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<ForgotPasswordForm ref={ref} onSubmit={onSubmit} sent />);
    expect(screen.getByRole('status')).toHaveTextContent('If an account uses that address, we sent a link to reset the password.');
    rerender(<ForgotPasswordForm ref={ref} onSubmit={onSubmit} submitting />);
    await userEvent.type(screen.getByLabelText('Email'), 'ana@example.test');
    const button = screen.getByRole('button', { name: 'Send reset link' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('goes back to log-in by a link or a button', async () => {
    const onLogin = jest.fn();
    const { rerender } = render(<ForgotPasswordForm onSubmit={() => {}} loginHref="/login" onLogin={onLogin} />);
    await userEvent.click(screen.getByRole('link', { name: 'Back to log in' }));
    expect(onLogin).toHaveBeenCalledTimes(1);
    rerender(<ForgotPasswordForm onSubmit={() => {}} onLogin={onLogin} />);
    await userEvent.click(screen.getByRole('button', { name: 'Back to log in' }));
    expect(onLogin).toHaveBeenCalledTimes(2);
  });
});
