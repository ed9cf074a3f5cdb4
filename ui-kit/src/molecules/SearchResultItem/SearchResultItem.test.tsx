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

  it('marks matches ignoring case beyond ASCII and however the accents were composed', () => {
    const decomposed = 'Rendez-vous à l’E\u0301cole, puis ÉCOLE encore';
    render(<SearchResultItem name="Zoé" text={decomposed} terms={['école']} timestamp="2026-11-25T09:05:00Z" />);
    expect([...screen.getByRole('button').querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['École', 'ÉCOLE']);
  });

  it('shows markup in a hit as text, never as HTML', () => {
    render(
      <SearchResultItem
        name="Eve"
        text={'<img src=x onerror=alert(1)> <b>bold</b> move'}
        terms={['bold']}
        context={100}
        timestamp="2026-11-25T09:05:00Z"
      />,
    );
    const button = screen.getByRole('button');
    expect(button.querySelector('img, b')).toBeNull();
    expect(button).toHaveTextContent('<img src=x onerror=alert(1)> <b>bold</b> move');
    expect(button.querySelector('mark')?.textContent).toBe('bold');
  });

  it('never cuts an emoji in half when it shortens a long text', () => {
    const text = `${'😀'.repeat(40)}needle`;
    const parts = highlightSnippet(text, ['needle'], 5);
    const shown = parts.filter((p) => typeof p === 'string').join('');
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('shows a group hit with the group avatar', () => {
    render(<SearchResultItem name="Lab team" kind="group" text="snacks" terms={['snacks']} timestamp="2026-11-25T09:05:00Z" />);
    expect(screen.getByRole('button', { name: /Lab team/ })).toHaveAttribute('data-kind', 'group');
  });
});
