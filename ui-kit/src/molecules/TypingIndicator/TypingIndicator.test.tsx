import { render, screen } from '@testing-library/react';
import { TypingIndicator, typingText } from './TypingIndicator';

describe('TypingIndicator', () => {
  it('announces who is typing in a polite status region', () => {
    const { rerender } = render(<TypingIndicator names={[]} />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('');
    rerender(<TypingIndicator names={['Ada']} />);
    expect(status).toHaveTextContent('Ada is typing…');
    expect(status).toHaveAttribute('data-active', 'true');
  });

  it('phrases several typists', () => {
    expect(typingText(['Ada', 'Bob'])).toBe('Ada and Bob are typing…');
    expect(typingText(['a', 'b', 'c'])).toBe('3 people are typing…');
  });
});
