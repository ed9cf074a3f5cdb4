import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { es } from '../../locale/catalogs';
import { ReactionBar } from './ReactionBar';

const names: Record<string, string> = { a: 'Ada', g: 'Grace', l: 'Linus' };
const getAuthorName = (id: string | number) => names[String(id)];

describe('ReactionBar', () => {
  it('renders each reaction as a toggle named with its count and whether the reader reacted', () => {
    render(
      <ReactionBar
        reactions={[
          { emoji: '👍', count: 3, me: true },
          { emoji: '❤️', count: 2, me: false },
        ]}
        onToggleReaction={() => {}}
      />,
    );
    expect(screen.getByRole('group', { name: 'Reactions' })).toBeInTheDocument();
    const mine = screen.getByRole('button', { name: '👍 3, you reacted' });
    expect(mine).toHaveAttribute('aria-pressed', 'true');
    expect(mine).toHaveAttribute('data-me', 'true');
    expect(screen.getByRole('button', { name: '❤️ 2' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('calls onToggleReaction with the emoji, by click and keyboard', async () => {
    const onToggle = jest.fn();
    render(<ReactionBar reactions={[{ emoji: '👍', count: 1, me: false }]} onToggleReaction={onToggle} />);
    await userEvent.click(screen.getByRole('button', { name: '👍 1' }));
    await userEvent.keyboard(' ');
    expect(onToggle.mock.calls).toEqual([['👍'], ['👍']]);
  });

  it('tells who reacted, with the rest counted', () => {
    render(
      <ReactionBar
        reactions={[
          { emoji: '👍', count: 5, me: false, userIds: ['a', 'g'] },
          { emoji: '😂', count: 2, me: false, userIds: ['a', 'l'] },
          { emoji: '🙏', count: 1, me: false },
        ]}
        getAuthorName={getAuthorName}
        onToggleReaction={() => {}}
      />,
    );
    expect(screen.getByRole('button', { name: '👍 5' })).toHaveAccessibleDescription('Ada, Grace and 3 others');
    expect(screen.getByRole('button', { name: '😂 2' })).toHaveAttribute('title', 'Ada and Linus');
    expect(screen.getByRole('button', { name: '🙏 1' })).not.toHaveAttribute('title');
  });

  it('disables the toggles without a handler and renders nothing without reactions', () => {
    const { container, rerender } = render(<ReactionBar reactions={[{ emoji: '👍', count: 1, me: false }]} />);
    expect(screen.getByRole('button', { name: '👍 1' })).toBeDisabled();
    rerender(<ReactionBar reactions={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is localized', () => {
    render(
      <ChatThemeProvider locale="es" messages={es}>
        <ReactionBar reactions={[{ emoji: '👍', count: 2, me: true, userIds: ['a'] }]} getAuthorName={getAuthorName} />
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('button', { name: '👍 2, reaccionaste' })).toHaveAttribute('title', 'Ada y 1 persona más');
  });
});
