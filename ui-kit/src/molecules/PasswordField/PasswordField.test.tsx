import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { PasswordField } from './PasswordField';

describe('PasswordField', () => {
  it('is a required password input named "Password" by default, for a password the person has', () => {
    const ref = createRef<HTMLInputElement>();
    render(<PasswordField ref={ref} name="password" />);
    const input = screen.getByLabelText('Password');
    expect(ref.current).toBe(input);
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'current-password');
    expect(input).toBeRequired();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('asks password managers for a new one, and describes itself by its hint', () => {
    render(<PasswordField label="New password" purpose="new" hint="Use a few uncommon words." />);
    const input = screen.getByLabelText('New password');
    expect(input).toHaveAttribute('autocomplete', 'new-password');
    expect(input).toHaveAccessibleDescription('Use a few uncommon words.');
  });

  it('shows an error as invalid, described by the error before the hint', () => {
    render(<PasswordField label="New password" hint="Use a few uncommon words." error="Too easy to guess." aria-describedby="extra" />);
    const input = screen.getByLabelText('New password');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(ids[0]).toBe('extra');
    expect(document.getElementById(ids[1] ?? '')).toHaveTextContent('Too easy to guess.');
    expect(document.getElementById(ids[2] ?? '')).toHaveTextContent('Use a few uncommon words.');
  });
});
