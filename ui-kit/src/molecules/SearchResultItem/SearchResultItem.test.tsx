import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { highlightSnippet, SearchResultItem } from './SearchResultItem';

describe('SearchResultItem', () => {
  it('is a button with the partner, the text with matches marked, and the time', async () => {
    const onClick = jest.fn();
    render(
      <SearchResultItem
        name="Ada Lovelace"
        text="Meet at the Lighthouse, lighthouses are nice"
        terms={['light']}
        timestamp="2026-11-25T09:05:00Z"
        now="2026-11-25T15:00:00Z"
        timeZone="UTC"
        locale="en-GB"
        onClick={onClick}
      />,
    );
    const button = screen.getByRole('button', { name: /Ada Lovelace/ });
    expect(button).toHaveAttribute('type', 'button');
    expect(within(button).getByText('9:05')).toBeInTheDocument();
    const marks = button.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['Light', 'light']);
    expect(button).toHaveTextContent('Meet at the Lighthouse, lighthouses are nice');
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('marks word starts only, and shows the own-message prefix', () => {
    render(<SearchResultItem name="Bob" prefix="You: " text="flight to the lighthouse" terms={['light']} timestamp="2026-11-25T09:05:00Z" />);
    const button = screen.getByRole('button');
    expect(button).toHaveTextContent('You: flight to the lighthouse');
    expect([...button.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['light']);
  });

  it('starts a long text shortly before the first match, and treats terms as plain text', () => {
    const text = `${'word '.repeat(30)}the needle (a*b) is here`;
    render(<SearchResultItem name="Bob" text={text} terms={['needle', '(a*b)']} timestamp="2026-11-25T09:05:00Z" />);
    const button = screen.getByRole('button');
    expect(button.textContent).toMatch(/…word word word .*the needle \(a\*b\) is here/);
    expect(button.textContent.length).toBeLessThan(text.length);
    expect([...button.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['needle', '(a*b)']);
    expect(highlightSnippet('no terms', [])).toEqual(['no terms']);
  });
});
