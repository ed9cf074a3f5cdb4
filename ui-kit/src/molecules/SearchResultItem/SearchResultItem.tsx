import { forwardRef, memo, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { Timestamp } from '../../atoms/Timestamp/Timestamp';
import type { ConversationKind, TimeInput } from '../../types';
import { listRow, RowBody, RowSubtitle, RowTitle } from '../../utils/listRow';
import { color, fontWeight } from '../../utils/theme';

export interface SearchResultItemProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children'> {
  /** The conversation it belongs to: the person's or the group's name. */
  name: string;
  /** A one-to-one chat (default) or a group: a group gets the square group avatar. */
  kind?: ConversationKind;
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
    background: ${color('surfaceSelected')};
    color: ${color('text')};
    font-weight: ${fontWeight('bold')};
    border-radius: 2px;
  }
`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An index moved off the second half of a surrogate pair, so a cut never splits an emoji. */
const codePointStart = (text: string, index: number) => (/[\uDC00-\uDFFF]/.test(text.charAt(index)) ? index + 1 : index);

/**
 * The text from a little before the first match, with every match of a term (as a word start,
 * ignoring case) marked. Text and terms are compared in NFC, so "é" typed one way matches "é"
 * stored the other; the parts are React text, never markup.
 */
export function highlightSnippet(raw: string, terms: readonly string[] = [], context = 24): ReactNode[] {
  const text = raw.normalize('NFC');
  // Longest first: "light" must not win over "lighthouse" when both are searched.
  const words = terms
    .map((t) => t.trim().normalize('NFC'))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  if (words.length === 0) return [text];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(${words.map(escapeRegExp).join('|')})`, 'giu');
  const first = text.search(pattern);
  let shown = text;
  if (first > context) {
    const cut = text.lastIndexOf(' ', first - context);
    shown = `…${text.slice(cut > 0 ? cut + 1 : codePointStart(text, first - context))}`;
  }
  return shown.split(pattern).map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part));
}

const SearchResultItemBase = forwardRef<HTMLButtonElement, SearchResultItemProps>(function SearchResultItem(
  { name, kind = 'direct', text, timestamp, terms, prefix, context, now, locale, timeZone, type = 'button', ...rest },
  ref,
) {
  return (
    <Root ref={ref} type={type} data-kind={kind} {...rest}>
      <Avatar name={name} kind={kind === 'group' ? 'group' : 'person'} decorative />
      <RowBody>
        <RowTitle dir="auto">{name}</RowTitle>
        <Snippet dir="auto">
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
