import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MessageComposer } from './MessageComposer';

const people = [
  { id: 1, username: 'ada', displayName: 'Ada Lovelace' },
  { id: 2, username: 'grace', displayName: 'Grace Hopper' },
  { id: 3, username: 'alan', displayName: 'Alan Turing' },
];

const box = () => screen.getByRole('textbox', { name: 'Message' });
const optionNames = () => screen.getAllByRole('option').map((option) => option.textContent);
// The caret is put after the insertion on the next frame, as the paste path does.
const nextFrame = () => act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));

describe('MessageComposer mentions', () => {
  it('lists candidates when @ is typed at a word start, filtered as you type, pointed at by the field', async () => {
    render(<MessageComposer onSend={() => {}} mentionCandidates={people} />);
    expect(box()).toHaveAttribute('aria-autocomplete', 'list');
    await userEvent.type(box(), 'hi @');
    const list = screen.getByRole('listbox', { name: 'People to mention' });
    expect(box()).toHaveAttribute('aria-controls', list.id);
    expect(optionNames()).toEqual(['Ada Lovelace@ada', 'Grace Hopper@grace', 'Alan Turing@alan']);
    expect(box()).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]!.id);
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.type(box(), 'A');
    expect(optionNames()).toEqual(['Ada Lovelace@ada', 'Alan Turing@alan']);
    await userEvent.type(box(), 'tur');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box()).not.toHaveAttribute('aria-activedescendant');
  });

  it('matches display names too, and shows no list when nothing matches', async () => {
    render(<MessageComposer onSend={() => {}} mentionCandidates={people} />);
    await userEvent.type(box(), '@hop');
    expect(optionNames()).toEqual(['Grace Hopper@grace']);
    await userEvent.type(box(), 'x');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('does not open inside a word (an e-mail address) or without candidates', async () => {
    const { rerender } = render(<MessageComposer onSend={() => {}} mentionCandidates={people} />);
    await userEvent.type(box(), 'mail me at me@a');
    expect(screen.queryByRole('listbox')).toBeNull();
    rerender(<MessageComposer onSend={() => {}} />);
    await userEvent.type(box(), ' @');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box()).not.toHaveAttribute('aria-autocomplete');
  });

  it('moves with ↓/↑ (wrapping) and picks with Enter: @username and a space replace the token, caret after, nothing sent', async () => {
    const onSend = jest.fn();
    render(<MessageComposer onSend={onSend} mentionCandidates={people} />);
    await userEvent.type(box(), 'hey @a tomorrow');
    expect(screen.queryByRole('listbox')).toBeNull();
    // Back into the token: after "@a".
    await userEvent.keyboard('{ArrowLeft>9/}');
    expect(optionNames()).toEqual(['Ada Lovelace@ada', 'Alan Turing@alan']);
    await userEvent.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[1]!.id);
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(box()).toHaveValue('hey @alan tomorrow');
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.queryByRole('listbox')).toBeNull();
    await nextFrame();
    expect((box() as HTMLTextAreaElement).selectionStart).toBe('hey @alan '.length);
  });

  it('picks with Tab, keeping focus in the field, and with a click', async () => {
    render(<MessageComposer onSend={() => {}} mentionCandidates={people} />);
    await userEvent.type(box(), '@gr');
    await userEvent.tab();
    expect(box()).toHaveValue('@grace ');
    expect(box()).toHaveFocus();
    await nextFrame();
    await userEvent.type(box(), 'and @');
    await userEvent.click(screen.getByRole('option', { name: /Alan Turing/ }));
    expect(box()).toHaveValue('@grace and @alan ');
    expect(box()).toHaveFocus();
  });

  it('Escape closes the list only: the reply and the draft stay; the next Escape cancels the reply', async () => {
    const onCancelReply = jest.fn();
    render(
      <MessageComposer
        onSend={() => {}}
        mentionCandidates={people}
        replyingTo={{ authorName: 'Ada', excerpt: 'Demo?' }}
        onCancelReply={onCancelReply}
      />,
    );
    await userEvent.type(box(), 'ok @a');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box()).toHaveValue('ok @a');
    expect(onCancelReply).not.toHaveBeenCalled();
    // Typing on in the same token keeps it closed; a new token opens it again.
    await userEvent.type(box(), 'd');
    expect(screen.queryByRole('listbox')).toBeNull();
    await userEvent.type(box(), ' @');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}{Escape}');
    expect(onCancelReply).toHaveBeenCalledTimes(1);
  });

  it('closes when the caret leaves the token or the field loses focus', async () => {
    render(
      <>
        <MessageComposer onSend={() => {}} mentionCandidates={people} />
        <button type="button">elsewhere</button>
      </>,
    );
    await userEvent.type(box(), 'x @a');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
