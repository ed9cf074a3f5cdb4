import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RegisterForm, validateRegister } from './RegisterForm';

describe('RegisterForm', () => {
  it('submits valid values', async () => {
    const onSubmit = jest.fn();
    render(<RegisterForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Username' }), 'ada_l');
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(onSubmit).toHaveBeenCalledWith({ username: 'ada_l', email: 'ada@example.com', password: 'correct horse' });
  });

  it('shows each field’s error and does not submit', async () => {
    const onSubmit = jest.fn();
    render(<RegisterForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Username' }), 'a!');
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'not-an-email');
    await userEvent.type(screen.getByLabelText('Password'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Username' })).toHaveFocus();
    expect(screen.getByText('Use 3–32 letters, digits, dots, dashes or underscores.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Enter a valid email address.');
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Use at least 8 characters.')).toBeInTheDocument();
  });

  it('shows server field errors and the login link', async () => {
    const onLogin = jest.fn();
    render(<RegisterForm onSubmit={() => {}} fieldErrors={{ username: 'That username is taken.' }} onLogin={onLogin} error="Try again" />);
    expect(screen.getByRole('textbox', { name: 'Username' })).toHaveAccessibleDescription(/That username is taken\./);
    expect(screen.getByRole('alert')).toHaveTextContent('Try again');
    await userEvent.click(screen.getByRole('button', { name: 'I already have an account' }));
    expect(onLogin).toHaveBeenCalledTimes(1);
  });

  it('moves focus to the field the server refused, and shows its error instead of its hint', () => {
    const { rerender } = render(<RegisterForm onSubmit={() => {}} />);
    const username = screen.getByRole('textbox', { name: 'Username' });
    expect(username).toHaveAccessibleDescription('3–32 letters, digits, dots, dashes or underscores.');
    rerender(<RegisterForm onSubmit={() => {}} fieldErrors={{ username: 'That username is taken. Try another one.' }} />);
    expect(username).toHaveFocus();
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription('That username is taken. Try another one.');
    expect(screen.queryByText('3–32 letters, digits, dots, dashes or underscores.')).toBeNull();
    rerender(<RegisterForm onSubmit={() => {}} fieldErrors={{ email: 'An account with this email already exists.' }} />);
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
    expect(username).not.toHaveAttribute('aria-invalid');
  });

  it('never shows the password hint together with its error', async () => {
    render(<RegisterForm onSubmit={() => {}} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Username' }), 'ada');
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Use at least 8 characters.');
    expect(screen.queryByText('At least 8 characters.')).toBeNull();
  });

  it('hides a server error once its field is edited', async () => {
    render(<RegisterForm onSubmit={() => {}} fieldErrors={{ username: 'That username is taken. Try another one.' }} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Username' }), 'x');
    expect(screen.queryByText('That username is taken. Try another one.')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Username' })).not.toHaveAttribute('aria-invalid');
  });

  it('validates with the documented rules', () => {
    expect(validateRegister({ username: 'ok_name', email: 'a@b.co', password: '12345678' })).toEqual({
      username: undefined,
      email: undefined,
      password: undefined,
    });
    expect(validateRegister({ username: '', email: '', password: '' }, 4)).toEqual({
      username: 'Choose a username.',
      email: 'Enter your email address.',
      password: 'Use at least 4 characters.',
    });
  });
});
