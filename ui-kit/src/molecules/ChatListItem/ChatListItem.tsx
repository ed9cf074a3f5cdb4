import { forwardRef, memo, type ComponentPropsWithoutRef } from 'react';
import { useKitLocale } from '../../locale/useKitLocale';
import type { KitMessages } from '../../locale/types';
import { styled } from 'styled-components';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { Badge } from '../../atoms/Badge/Badge';
import { Timestamp } from '../../atoms/Timestamp/Timestamp';
import type { ChatSummary, TimeInput } from '../../types';
import { color, fontSize, fontWeight, radius, space } from '../../utils/theme';
import { listRow, RowBody, RowSubtitle, RowTitle } from '../../utils/listRow';
import { VisuallyHidden } from '../../utils/VisuallyHidden';

export interface ChatListItemProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  chat: ChatSummary;
  selected?: boolean;
  /** Reference "now" for the time column (stable stories/tests). */
  now?: TimeInput;
  locale?: string;
  timeZone?: string;
}

const Root = styled.div`
  ${listRow}
  outline: none;
  &[aria-selected='true'] {
    background: ${color('surfaceSelected')};
  }
`;

const Name = styled(RowTitle)`
  [data-unread='true'] & {
    font-weight: ${fontWeight('bold')};
  }
`;

const Preview = styled(RowSubtitle)`
  [data-unread='true'] & {
    color: ${color('text')};
  }
  [data-typing='true'] & {
    font-style: italic;
  }
`;

const Side = styled.span`
  display: flex;
  flex-direction: column;
  align-items: flex-end;
  gap: ${space('xs')};
  min-height: 100%;
`;

const Badges = styled.span`
  display: inline-flex;
  align-items: center;
  gap: ${space('xxs')};
`;

/** "@": unread mentions of the reader, named by count ("mentioned 2 times"). */
const MentionBadge = styled.span`
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 20px;
  height: 20px;
  border-radius: ${radius('round')};
  background: ${color('badge')};
  color: ${color('onBadge')};
  font-size: ${fontSize('xs')};
  font-weight: ${fontWeight('bold')};
  line-height: 1;
`;

/** The second line: "typing…", or the last message, in a group prefixed with its author. */
function previewOf(chat: ChatSummary, group: boolean, t: KitMessages): string {
  if (chat.typing) return t.typingPreview;
  const text = chat.lastMessage ?? '';
  return group && chat.lastMessageAuthor && text ? `${chat.lastMessageAuthor}: ${text}` : text;
}

const ChatListItemBase = forwardRef<HTMLDivElement, ChatListItemProps>(function ChatListItem(
  { chat, selected = false, now, locale, timeZone, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const unread = chat.unreadCount ?? 0;
  const mentions = chat.mentionCount ?? 0;
  const group = chat.kind === 'group';
  // A group has no presence: its avatar is a rounded square without a dot.
  const presence = group ? undefined : chat.presence;
  return (
    <Root
      ref={ref}
      role="option"
      aria-selected={selected}
      data-selected={selected}
      data-kind={group ? 'group' : 'direct'}
      data-unread={unread > 0}
      data-mentions={mentions > 0 ? mentions : undefined}
      data-typing={chat.typing || undefined}
      data-presence={presence}
      data-members={group ? chat.memberCount : undefined}
      {...rest}
    >
      <Avatar name={chat.name} src={chat.avatarUrl} kind={group ? 'group' : 'person'} presence={presence} decorative />
      <RowBody>
        {group ? (
          // One text for assistive technology ("Team chat, group, 3 members"), so no stray space
          // splits the name from its comma.
          <Name>
            <span aria-hidden="true" dir="auto">
              {chat.name}
            </span>
            <VisuallyHidden>{chat.name + t.groupSuffix(chat.memberCount)}</VisuallyHidden>
          </Name>
        ) : (
          <Name dir="auto">{chat.name}</Name>
        )}
        {presence ? <VisuallyHidden>{t.presence[presence]}</VisuallyHidden> : null}
        <Preview dir="auto">{previewOf(chat, group, t)}</Preview>
      </RowBody>
      <Side>
        {chat.lastMessageAt !== undefined ? (
          <Timestamp value={chat.lastMessageAt} format="auto" now={now} locale={locale} timeZone={timeZone} />
        ) : null}
        <Badges>
          {mentions > 0 ? (
            <MentionBadge data-mention-badge>
              <span aria-hidden="true">@</span>
              <VisuallyHidden>{t.mentionedTimes(mentions)}</VisuallyHidden>
            </MentionBadge>
          ) : null}
          <Badge count={unread} />
        </Badges>
      </Side>
    </Root>
  );
});

/**
 * One conversation in a ChatList: avatar with presence, name, last message, time and unread
 * badge, with an "@" badge for unread mentions (`chat.mentionCount`). A group row (`chat.kind === 'group'`) has a square group avatar without presence, its
 * preview starts with the author ("Alice: hi"), and its name says "group, N members" to assistive
 * technology. An `option` meant to sit in a `listbox` (ChatList provides it). Memoized.
 */
export const ChatListItem = memo(ChatListItemBase);
ChatListItem.displayName = 'ChatListItem';
