import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { ReactionPicker } from './ReactionPicker';

describe('ReactionPicker', () => {
  it('opens a menu of frequent emoji from "Add reaction", focusing the first', async () => {
    render(<ReactionPicker onPick={() => {}} />);
    const trigger = screen.getByRole('button', { name: 'Add reaction' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menu', { name: 'Add reaction' })).toBeInTheDocument();
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['👍', '❤️', '😂', '😮', '😢', '🙏']);
    expect(screen.getByRole('menuitem', { name: '👍' })).toHaveFocus();
  });

  it('moves with the arrow keys, wrapping', async () => {
    render(<ReactionPicker onPick={() => {}} emojis={['👍', '❤️', '😂']} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add reaction' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('menuitem', { name: '❤️' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    expect(screen.getByRole('menuitem', { name: '👍' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('menuitem', { name: '😂' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: '❤️' })).toHaveFocus();
  });

  it('mirrors left and right in right-to-left text', async () => {
    render(
      <ChatThemeProvider dir="rtl">
        <ReactionPicker onPick={() => {}} emojis={['👍', '❤️', '😂']} />
      </ChatThemeProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add reaction' }));
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('menuitem', { name: '❤️' })).toHaveFocus();
  });

  it('picks an emoji, closes and returns focus to the button', async () => {
    const onPick = jest.fn();
    render(<ReactionPicker onPick={onPick} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add reaction' }));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    expect(onPick).toHaveBeenCalledWith('😂');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add reaction' })).toHaveFocus();
  });

  it('closes on Escape with focus back on the button, without letting the Escape reach outer layers', async () => {
    const outer = jest.fn();
    const listener = (event: KeyboardEvent) => {
      if (!event.defaultPrevented && event.key === 'Escape') outer();
    };
    document.addEventListener('keydown', listener);
    render(<ReactionPicker onPick={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add reaction' }));
    await userEvent.keyboard('{Escape}');
    document.removeEventListener('keydown', listener);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add reaction' })).toHaveFocus();
    expect(outer).not.toHaveBeenCalled();
  });

  it('closes when focus leaves it', async () => {
    render(
      <>
        <ReactionPicker onPick={() => {}} />
        <button type="button">elsewhere</button>
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add reaction' }));
    await userEvent.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
