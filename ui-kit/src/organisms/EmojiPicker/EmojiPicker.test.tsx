import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { es } from '../../locale/catalogs';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { mockChatLayout } from '../../test/layout';
import { EMOJI, searchEmoji } from './emojiData';
import { EmojiPicker } from './EmojiPicker';

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = mockChatLayout({ viewportHeight: 252, width: 288, scrollerRole: 'grid' });
});
afterEach(() => restoreLayout());

const cell = (name: string) => screen.getByRole('gridcell', { name });

describe('emoji data', () => {
  it('is the full set, bundled, without skin-tone components', () => {
    expect(EMOJI.length).toBeGreaterThan(1800);
    expect(EMOJI[0]).toEqual(expect.objectContaining({ emoji: '😀', name: 'grinning face' }));
    expect(EMOJI.some((e) => e.emoji === '🏻')).toBe(false);
  });

  it('searches names and keywords, every word', () => {
    expect(searchEmoji('thumbs up').map((e) => e.emoji)).toContain('👍');
    expect(searchEmoji('cat').map((e) => e.emoji)).toContain('🐈');
    expect(searchEmoji('CAT FACE').map((e) => e.emoji)).toContain('🐱');
    expect(searchEmoji('  ')).toBe(EMOJI);
    expect(searchEmoji('zzzzqq')).toEqual([]);
  });
});

describe('EmojiPicker', () => {
  it('focuses its search field and shows a grid of emoji', () => {
    render(<EmojiPicker onPick={() => {}} />);
    expect(screen.getByRole('searchbox', { name: 'Search emoji' })).toHaveFocus();
    const grid = screen.getByRole('grid', { name: 'Emoji' });
    expect(grid).toHaveAttribute('aria-colcount', '8');
    expect(Number(grid.getAttribute('aria-rowcount'))).toBe(Math.ceil(EMOJI.length / 8));
    // Virtualized: only the rows near the viewport are in the DOM.
    expect(screen.getAllByRole('row').length).toBeLessThan(20);
    expect(cell('grinning face')).toHaveAttribute('tabindex', '0');
  });

  it('filters as you type; Enter in the field picks the first result', async () => {
    const onPick = jest.fn();
    render(<EmojiPicker onPick={onPick} />);
    await userEvent.type(screen.getByRole('searchbox'), 'thumbs up');
    expect(cell('thumbs up')).toBeInTheDocument();
    expect(screen.queryByRole('gridcell', { name: 'grinning face' })).toBeNull();
    await userEvent.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith('👍');
  });

  it('says when nothing matches', async () => {
    render(<EmojiPicker onPick={() => {}} />);
    await userEvent.type(screen.getByRole('searchbox'), 'zzzzqq');
    expect(screen.getByRole('status')).toHaveTextContent('No emoji found');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('moves through the grid with the arrow keys, one tab stop, and picks with Enter', async () => {
    const onPick = jest.fn();
    const emojis = EMOJI.slice(0, 20);
    render(<EmojiPicker onPick={onPick} emojis={emojis} columns={4} />);
    await userEvent.keyboard('{ArrowDown}');
    expect(cell(emojis[0]!.name)).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    expect(cell(emojis[5]!.name)).toHaveFocus();
    expect(cell(emojis[5]!.name)).toHaveAttribute('tabindex', '0');
    expect(cell(emojis[0]!.name)).toHaveAttribute('tabindex', '-1');
    await userEvent.keyboard('{End}');
    expect(cell(emojis[7]!.name)).toHaveFocus();
    await userEvent.keyboard('{Home}{ArrowLeft}{ArrowUp}');
    expect(cell(emojis[0]!.name)).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(emojis[0]!.emoji);
  });

  it('scrolls far cells into the DOM and focuses them (Ctrl+End)', async () => {
    render(<EmojiPicker onPick={() => {}} />);
    await userEvent.keyboard('{ArrowDown}{Control>}{End}{/Control}');
    const last = EMOJI[EMOJI.length - 1]!;
    expect(await screen.findByRole('gridcell', { name: last.name })).toHaveFocus();
  });

  it('mirrors left and right in right-to-left text', async () => {
    const emojis = EMOJI.slice(0, 8);
    render(
      <ChatThemeProvider dir="rtl">
        <EmojiPicker onPick={() => {}} emojis={emojis} />
      </ChatThemeProvider>,
    );
    await userEvent.keyboard('{ArrowDown}{ArrowLeft}');
    expect(cell(emojis[1]!.name)).toHaveFocus();
  });

  it('labels the field and grid in the kit locale', () => {
    render(
      <ChatThemeProvider locale="es" messages={es}>
        <EmojiPicker onPick={() => {}} />
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('searchbox', { name: 'Buscar emojis' })).toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Emojis' })).toBeInTheDocument();
  });
});
