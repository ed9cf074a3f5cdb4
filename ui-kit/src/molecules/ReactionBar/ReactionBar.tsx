import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import type { MessageReaction, UserId } from '../../types';
import { Button } from '../../atoms/Button/Button';
import { base, color, radius, space } from '../../utils/theme';

export interface ReactionBarProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  reactions: readonly MessageReaction[];
  /** Called with a reaction's emoji when its toggle is pressed; without it the toggles are disabled. */
  onToggleReaction?: (emoji: string) => void;
  /** Names for `userIds`, for the "who reacted" tooltip of each reaction. */
  getAuthorName?: (id: UserId) => string | undefined;
}

const Root = styled.div`
  ${base}
  display: flex;
  flex-wrap: wrap;
  gap: ${space('xs')};
`;

const Toggle = styled(Button)`
  border-radius: ${radius('round')};
  &[aria-pressed='true'] {
    border-color: ${color('primary')};
    background: ${color('surfaceSelected')};
  }
  &:disabled {
    cursor: default;
    opacity: 1;
  }
`;

/** "Ada, Grace and 3 others" from the ids the server sent (capped), or nothing when none is named. */
function whoReacted(
  reaction: MessageReaction,
  getAuthorName: ReactionBarProps['getAuthorName'],
  format: (names: readonly string[], others: number) => string,
): string | undefined {
  if (!reaction.userIds?.length || !getAuthorName) return undefined;
  const names = reaction.userIds.map((id) => getAuthorName(id)).filter((name): name is string => Boolean(name));
  if (names.length === 0) return undefined;
  return format(names, Math.max(0, reaction.count - names.length));
}

/**
 * The reactions under a message: each one a toggle button (`aria-pressed` when the reader reacted)
 * named like "👍 3, you reacted", with who reacted as its tooltip. State: `data-me` on each toggle.
 */
export const ReactionBar = forwardRef<HTMLDivElement, ReactionBarProps>(function ReactionBar(
  { reactions, onToggleReaction, getAuthorName, ...rest },
  ref,
) {
  const { messages: t, formatNumber } = useKitLocale();
  if (reactions.length === 0) return null;
  return (
    <Root ref={ref} role="group" aria-label={t.reactions} {...rest}>
      {reactions.map((reaction) => (
        <Toggle
          key={reaction.emoji}
          variant="secondary"
          size="sm"
          aria-pressed={reaction.me}
          aria-label={t.reaction(reaction.emoji, reaction.count, reaction.me)}
          title={whoReacted(reaction, getAuthorName, t.reactedBy)}
          data-me={reaction.me || undefined}
          disabled={!onToggleReaction}
          onClick={() => onToggleReaction?.(reaction.emoji)}
        >
          <span aria-hidden="true">{reaction.emoji}</span>
          <span aria-hidden="true">{formatNumber(reaction.count)}</span>
        </Toggle>
      ))}
    </Root>
  );
});
