import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { TextField } from './TextField';

describe('TextField', () => {
  it('is labelled and typeable', async () => {
    const ref = createRef<HTMLInputElement>();
    render(<TextField ref={ref} label="Username" />);
    const input = screen.getByRole('textbox', { name: 'Username' });
    expect(ref.current).toBe(input);
    await userEvent.type(input, 'ada');
    expect(input).toHaveValue('ada');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('shows the error, marks the input invalid and describes it with error and hint', () => {
    render(<TextField label="Email" error="Enter a valid email address." hint="We never share it." />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter a valid email address. We never share it.');
  });

  it('keeps a visually hidden label as the accessible name', () => {
    render(<TextField label="Search" hideLabel className="wrap" />);
    expect(screen.getByRole('textbox', { name: 'Search' }).closest('.wrap')).not.toBeNull();
  });
});
