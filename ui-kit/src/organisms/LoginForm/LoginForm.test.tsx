import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoginForm } from './LoginForm';

describe('LoginForm', () => {
  it('submits username and password', async () => {
    const onSubmit = jest.fn();
    render(<LoginForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Username' }), ' ada ');
    await userEvent.type(screen.getByLabelText('Password'), 'secret pw');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(onSubmit).toHaveBeenCalledWith({ username: 'ada', password: 'secret pw' });
  });

  it('validates on submit, shows errors on the fields and focuses the first invalid one', async () => {
    const onSubmit = jest.fn();
    render(<LoginForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const username = screen.getByRole('textbox', { name: 'Username' });
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription('Enter your username.');
    expect(username).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    await userEvent.type(username, 'a');
    expect(username).not.toHaveAttribute('aria-invalid');
  });

  it('shows the server error as an alert and the busy state while submitting', async () => {
    const onSubmit = jest.fn();
    const { rerender } = render(<LoginForm onSubmit={onSubmit} error="Wrong username or password." />);
    expect(screen.getByRole('alert')).toHaveTextContent('Wrong username or password.');
    rerender(<LoginForm onSubmit={onSubmit} submitting defaultValues={{ username: 'ada', password: 'pw' }} />);
    const button = screen.getByRole('button', { name: 'Log in' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('clears a stale server alert once the form changes, and shows it again after the next submit', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    const { rerender } = render(<LoginForm onSubmit={onSubmit} error="Wrong username or password" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Wrong username or password');
    await user.type(screen.getByLabelText('Password'), 'x');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(onSubmit).toHaveBeenCalledWith({ username: 'alice', password: 'x' });
    expect(screen.getByRole('alert')).toHaveTextContent('Wrong username or password');
    rerender(<LoginForm onSubmit={onSubmit} error="Too many attempts. Try again later." />);
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts');
  });

  it('offers "Create an account" as a button or a link', async () => {
    const onRegister = jest.fn();
    const { rerender } = render(<LoginForm onSubmit={() => {}} onRegister={onRegister} />);
    await userEvent.click(screen.getByRole('button', { name: 'Create an account' }));
    expect(onRegister).toHaveBeenCalledTimes(1);
    rerender(<LoginForm onSubmit={() => {}} registerHref="/register" />);
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/register');
  });

  it('offers "Forgot password?" only when asked to, as a link or a button', async () => {
    const onForgotPassword = jest.fn();
    const { rerender } = render(<LoginForm onSubmit={() => {}} />);
    expect(screen.queryByRole('link', { name: 'Forgot password?' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Forgot password?' })).toBeNull();
    rerender(<LoginForm onSubmit={() => {}} forgotPasswordHref="/forgot-password" onForgotPassword={onForgotPassword} />);
    const link = screen.getByRole('link', { name: 'Forgot password?' });
    expect(link).toHaveAttribute('href', '/forgot-password');
    await userEvent.click(link);
    expect(onForgotPassword).toHaveBeenCalledTimes(1);
    rerender(<LoginForm onSubmit={() => {}} onForgotPassword={onForgotPassword} />);
    await userEvent.click(screen.getByRole('button', { name: 'Forgot password?' }));
    expect(onForgotPassword).toHaveBeenCalledTimes(2);
  });

  it('shows a notice as a status, and an error in its place', () => {
    const { rerender } = render(<LoginForm onSubmit={() => {}} notice="Password changed — log in with the new one" />);
    expect(screen.getByRole('status')).toHaveTextContent('Password changed — log in with the new one');
    rerender(<LoginForm onSubmit={() => {}} notice="Password changed — log in with the new one" error="Wrong username or password" />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('Wrong username or password');
  });
});
