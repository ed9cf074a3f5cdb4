import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import type { MentionCandidate } from '../../utils/mentionToken';
import { base, color, fontSize, radius, shadow, space } from '../../utils/theme';

export type { MentionCandidate } from '../../utils/mentionToken';

export interface MentionSuggestionsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onSelect'> {
  /** The candidates to offer, already filtered (`filterMentionCandidates`). */
  candidates: readonly MentionCandidate[];
  /** The highlighted option (the field's `aria-activedescendant`). */
  activeIndex: number;
  /** Called when an option is clicked. */
  onPick: (candidate: MentionCandidate) => void;
  /** The id of the option at `index`, for `aria-activedescendant`. Default `${id}-${index}`. */
  optionId?: (index: number) => string;
}

const List = styled.div`
  ${base}
  position: absolute;
  inset-block-end: calc(100% + ${space('xxs')});
  inset-inline-start: 0;
  z-index: 3;
  min-width: 14rem;
  max-height: 16rem;
  overflow: auto;
  padding: ${space('xxs')} 0;
  border: 1px solid ${color('border')};
  border-radius: ${radius('md')};
  background: ${color('surface')};
  box-shadow: ${shadow('md')};
`;

const Option = styled.div`
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  padding: ${space('xs')} ${space('md')};
  color: ${color('text')};
  font-size: ${fontSize('sm')};
  cursor: pointer;
  &[aria-selected='true'] {
    background: ${color('surfaceSelected')};
  }
`;

const Username = styled.span`
  color: ${color('textMuted')};
`;

/**
 * The listbox of people to mention that the composer shows while an `@…` is typed. Focus stays in
 * the text field (the combobox pattern): the field moves `activeIndex` and points at the option
 * with `aria-activedescendant`; a click picks. Renders nothing for no candidates.
 */
export const MentionSuggestions = forwardRef<HTMLDivElement, MentionSuggestionsProps>(function MentionSuggestions(
  { candidates, activeIndex, onPick, optionId, id, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  if (candidates.length === 0) return null;
  const idOf = optionId ?? ((index: number) => `${id ?? 'mention'}-${index}`);
  return (
    <List ref={ref} id={id} role="listbox" aria-label={t.mentionSuggestions} {...rest}>
      {candidates.map((candidate, index) => (
        <Option
          key={candidate.id}
          id={idOf(index)}
          role="option"
          aria-selected={index === activeIndex}
          data-active={index === activeIndex || undefined}
          // Keeps focus (and the caret) in the text field.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(candidate)}
        >
          <span dir="auto">{candidate.displayName ?? candidate.username}</span>
          {candidate.displayName ? <Username dir="auto">@{candidate.username}</Username> : null}
        </Option>
      ))}
    </List>
  );
});
