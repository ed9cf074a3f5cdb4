import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { IconButton } from '../../atoms/IconButton/IconButton';
import type { ChatUser, TimeInput } from '../../types';
import { BackIcon } from '../../utils/icons';
import { formatRelative, toDate } from '../../utils/time';
import { base, color, fontSize, fontWeight, space } from '../../utils/theme';

export interface ChatHeaderProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  partner: Pick<ChatUser, 'name' | 'avatarUrl' | 'presence'>;
  /**
   * Text under the name; defaults to the presence ("Online", "Away", "Offline"), or "Last seen
   * 5 minutes ago" when offline with `lastSeen`.
   */
  subtitle?: ReactNode;
  /** When the partner was last online (shown while `presence` is offline). */
  lastSeen?: TimeInput | null;
  /** Reference "now" for the last-seen text (stable stories/tests); defaults to the render time. */
  now?: TimeInput;
  locale?: string;
  /** Shows a back button (for the one-pane narrow layout). */
  onBack?: () => void;
  backLabel?: string;
  /** Or any element in the back-button slot. */
  backSlot?: ReactNode;
  /** Buttons at the end (call, search, menu…). */
  actions?: ReactNode;
  /** Heading level of the partner's name. */
  headingLevel?: 1 | 2 | 3 | 4;
}

const Root = styled.div`
  ${base}
  display: flex;
  align-items: center;
  gap: ${space('md')};
  min-height: 60px;
  padding: ${space('sm')} ${space('lg')};
  background: ${color('surface')};
  border-bottom: 1px solid ${color('border')};
`;

const Who = styled.div`
  display: flex;
  flex-direction: column;
  flex: 1;
  min-width: 0;
`;

const Name = styled.h2`
  margin: 0;
  font-size: ${fontSize('md')};
  font-weight: ${fontWeight('bold')};
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

const Sub = styled.span`
  font-size: ${fontSize('xs')};
  color: ${color('textMuted')};
`;

const Actions = styled.div`
  display: flex;
  align-items: center;
  gap: ${space('xs')};
`;

const presenceText = { online: 'Online', away: 'Away', offline: 'Offline' } as const;

/** The conversation's top bar: back button slot, partner avatar, name and presence, actions slot. */
export const ChatHeader = forwardRef<HTMLDivElement, ChatHeaderProps>(function ChatHeader(
  {
    partner,
    subtitle,
    lastSeen,
    now,
    locale,
    onBack,
    backLabel = 'Back to chats',
    backSlot,
    actions,
    headingLevel = 2,
    ...rest
  },
  ref,
) {
  const seen = lastSeen != null && partner.presence !== 'online' ? toDate(lastSeen) : null;
  const sub =
    subtitle ??
    (seen && !Number.isNaN(seen.getTime()) ? (
      <>
        Last seen{' '}
        <time dateTime={seen.toISOString()}>{formatRelative(seen, now === undefined ? new Date() : toDate(now), locale)}</time>
      </>
    ) : partner.presence ? (
      presenceText[partner.presence]
    ) : null);
  return (
    <Root ref={ref} data-presence={partner.presence} {...rest}>
      {backSlot ?? (onBack ? <IconButton label={backLabel} icon={<BackIcon />} onClick={onBack} data-back /> : null)}
      <Avatar name={partner.name} src={partner.avatarUrl} presence={partner.presence} decorative />
      <Who>
        <Name as={`h${headingLevel}`}>{partner.name}</Name>
        {sub ? <Sub data-subtitle>{sub}</Sub> : null}
      </Who>
      {actions ? <Actions>{actions}</Actions> : null}
    </Root>
  );
});
