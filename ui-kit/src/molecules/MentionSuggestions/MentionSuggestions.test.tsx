import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MentionSuggestions } from './MentionSuggestions';

const people = [
  { id: 1, username: 'ada', displayName: 'Ada Lovelace' },
  { id: 2, username: 'grace' },
];

describe('MentionSuggestions', () => {
  it('is a named listbox with the active option selected and ids for aria-activedescendant', () => {
    render(<MentionSuggestions id="m" candidates={people} activeIndex={1} onPick={() => {}} />);
    expect(screen.getByRole('listbox', { name: 'People to mention' })).toHaveAttribute('id', 'm');
    const [ada, grace] = screen.getAllByRole('option');
    expect(ada).toHaveTextContent('Ada Lovelace@ada');
    expect(ada).toHaveAttribute('aria-selected', 'false');
    expect(grace).toHaveTextContent(/^grace$/);
    expect(grace).toHaveAttribute('aria-selected', 'true');
    expect(grace).toHaveAttribute('id', 'm-1');
  });

  it('picks on click without taking focus from the field', async () => {
    const onPick = jest.fn();
    render(<MentionSuggestions candidates={people} activeIndex={0} onPick={onPick} optionId={(i) => `opt${i}`} />);
    const option = screen.getByRole('option', { name: /Ada/ });
    expect(option).toHaveAttribute('id', 'opt0');
    expect(fireEvent.mouseDown(option)).toBe(false);
    await userEvent.click(option);
    expect(onPick).toHaveBeenCalledWith(people[0]);
  });

  it('renders nothing without candidates', () => {
    const { container } = render(<MentionSuggestions candidates={[]} activeIndex={0} onPick={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
