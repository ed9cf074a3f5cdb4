import { forwardRef, memo, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { Badge } from '../../atoms/Badge/Badge';
import { Timestamp } from '../../atoms/Timestamp/Timestamp';
import type { ChatSummary, TimeInput } from '../../types';
import { color, fontWeight, space } from '../../utils/theme';
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

const presenceText = { online: 'Online', away: 'Away', offline: 'Offline' } as const;

const ChatListItemBase = forwardRef<HTMLDivElement, ChatListItemProps>(function ChatListItem(
  { chat, selected = false, now, locale, timeZone, ...rest },
  ref,
) {
  const unread = chat.unreadCount ?? 0;
  return (
    <Root
      ref={ref}
      role="option"
      aria-selected={selected}
      data-selected={selected}
      data-unread={unread > 0}
      data-typing={chat.typing || undefined}
      data-presence={chat.presence}
      {...rest}
    >
      <Avatar name={chat.name} src={chat.avatarUrl} presence={chat.presence} decorative />
      <RowBody>
        <Name>{chat.name}</Name>
        {chat.presence ? <VisuallyHidden>{presenceText[chat.presence]}</VisuallyHidden> : null}
        <Preview>{chat.typing ? 'typing…' : (chat.lastMessage ?? '')}</Preview>
      </RowBody>
      <Side>
        {chat.lastMessageAt !== undefined ? (
          <Timestamp value={chat.lastMessageAt} format="auto" now={now} locale={locale} timeZone={timeZone} />
        ) : null}
        <Badge count={unread} />
      </Side>
    </Root>
  );
});

/**
 * One conversation in a ChatList: avatar with presence, name, last message, time and unread
 * badge. An `option` meant to sit in a `listbox` (ChatList provides it). Memoized.
 */
export const ChatListItem = memo(ChatListItemBase);
ChatListItem.displayName = 'ChatListItem';
