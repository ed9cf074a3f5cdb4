import { forwardRef, memo, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { Timestamp } from '../../atoms/Timestamp/Timestamp';
import type { TimeInput } from '../../types';
import { listRow, RowBody, RowSubtitle, RowTitle } from '../../utils/listRow';
import { color, fontWeight } from '../../utils/theme';

export interface SearchResultItemProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children'> {
  /** Who the conversation is with. */
  name: string;
  /** The message text; the part around the first match is shown. */
  text: string;
  timestamp: TimeInput;
  /** The words searched for: matches (word starts, ignoring case) are marked. */
  terms?: readonly string[];
  /** Prefix for the caller's own messages, e.g. "You: ". */
  prefix?: string;
  /** Characters of context kept before the first match. */
  context?: number;
  now?: TimeInput;
  locale?: string;
  timeZone?: string;
}

const Root = styled.button`
  ${listRow}
  width: 100%;
  min-height: 44px;
  border: 0;
  background: transparent;
  color: ${color('text')};
  text-align: start;
  font: inherit;
`;

const Snippet = styled(RowSubtitle)`
  mark {
    background: transparent;
    color: ${color('text')};
    font-weight: ${fontWeight('bold')};
  }
`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text from a little before the first match, with every match of a term (as a word start) marked. */
export function highlightSnippet(text: string, terms: readonly string[] = [], context = 24): ReactNode[] {
  const words = terms.map((t) => t.trim()).filter(Boolean);
  if (words.length === 0) return [text];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escapeRegExp).join('|')})`, 'giu');
  const first = text.search(pattern);
  let shown = text;
  if (first > context) {
    const cut = text.lastIndexOf(' ', first - context);
    shown = `…${text.slice(cut > 0 ? cut + 1 : first - context)}`;
  }
  return shown.split(pattern).map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part));
}

const SearchResultItemBase = forwardRef<HTMLButtonElement, SearchResultItemProps>(function SearchResultItem(
  { name, text, timestamp, terms, prefix, context, now, locale, timeZone, type = 'button', ...rest },
  ref,
) {
  return (
    <Root ref={ref} type={type} {...rest}>
      <Avatar name={name} decorative />
      <RowBody>
        <RowTitle>{name}</RowTitle>
        <Snippet>
          {prefix}
          {highlightSnippet(text, terms, context)}
        </Snippet>
      </RowBody>
      <Timestamp value={timestamp} format="auto" now={now} locale={locale} timeZone={timeZone} />
    </Root>
  );
});

/**
 * One message found by a search: who the conversation is with, the text around the match (matches
 * marked) and when it was sent. A button: clicking opens the conversation at that message.
 */
export const SearchResultItem = memo(SearchResultItemBase);
SearchResultItem.displayName = 'SearchResultItem';
