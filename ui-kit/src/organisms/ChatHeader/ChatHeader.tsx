import { forwardRef, type ComponentPropsWithoutRef, type ReactNode, type Ref } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { Button } from '../../atoms/Button/Button';
import { IconButton } from '../../atoms/IconButton/IconButton';
import type { ChatUser, ConversationKind, TimeInput } from '../../types';
import { BackIcon } from '../../utils/icons';
import { formatRelative, toDate } from '../../utils/time';
import { base, color, fontSize, fontWeight, space } from '../../utils/theme';

export interface ChatHeaderProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The partner, or for a group `{ name: groupName }` (and `avatarUrl`; presence is ignored). */
  partner: Pick<ChatUser, 'name' | 'avatarUrl' | 'presence'>;
  /** A one-to-one chat (default) or a group: a group shows a group avatar and no presence. */
  kind?: ConversationKind;
  /** A group's member count: the default subtitle ("3 members"). */
  memberCount?: number;
  /**
   * Text under the name; defaults to the presence ("Online", "Away", "Offline"), or "Last seen
   * 5 minutes ago" when offline with `lastSeen`; for a group, "3 members".
   */
  subtitle?: ReactNode;
  /** When the partner was last online (shown while `presence` is offline; not for groups). */
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
  /**
   * Shows a "Members" toggle button (before `actions`) that reports `membersOpen` as
   * `aria-expanded` and points at the panel with `aria-controls={membersPanelId}`.
   */
  onToggleMembers?: () => void;
  membersOpen?: boolean;
  /** The "Members" button, for returning focus to it when the panel it opened closes. */
  membersButtonRef?: Ref<HTMLButtonElement>;
  membersPanelId?: string;
  membersLabel?: string;
  /** Heading level of the partner's name. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** A bar under the title row, across the header's width (a PinnedBar). */
  pinned?: ReactNode;
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
  &[data-pinned='true'] {
    flex-wrap: wrap;
    padding-bottom: 0;
  }
`;

// Its own row: the full width of the header, edge to edge, under the title row.
const Pinned = styled.div`
  flex-basis: 100%;
  min-width: 0;
  margin-inline: calc(-1 * ${space('lg')});
  border-top: 1px solid ${color('border')};
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

/**
 * The conversation's top bar: back button slot, avatar, the partner's name and presence (or a
 * group's name and member count), a "Members" toggle (`onToggleMembers`), actions slot, and
 * under them an optional `pinned` bar. State: `data-pinned`.
 */
export const ChatHeader = forwardRef<HTMLDivElement, ChatHeaderProps>(function ChatHeader(
  {
    partner,
    kind = 'direct',
    memberCount,
    subtitle,
    lastSeen,
    now,
    locale: localeProp,
    onBack,
    backLabel,
    backSlot,
    actions,
    onToggleMembers,
    membersOpen = false,
    membersPanelId,
    membersButtonRef,
    membersLabel,
    headingLevel = 2,
    pinned,
    ...rest
  },
  ref,
) {
  const { messages: t, locale: kitLocale } = useKitLocale();
  const locale = localeProp ?? kitLocale;
  const group = kind === 'group';
  const presence = group ? undefined : partner.presence;
  const seen = !group && lastSeen != null && presence !== 'online' ? toDate(lastSeen) : null;
  const sub =
    subtitle ??
    (group ? (
      memberCount === undefined ? null : (
        t.members(memberCount)
      )
    ) : seen && !Number.isNaN(seen.getTime()) ? (
      <>
        {t.lastSeen} <time dateTime={seen.toISOString()}>{formatRelative(seen, now === undefined ? new Date() : toDate(now), locale)}</time>
      </>
    ) : presence ? (
      t.presence[presence]
    ) : null);
  return (
    <Root
      ref={ref}
      data-kind={kind}
      data-presence={presence}
      data-members={group ? memberCount : undefined}
      data-members-open={onToggleMembers ? membersOpen : undefined}
      data-pinned={pinned ? true : undefined}
      {...rest}
    >
      {backSlot ??
        (onBack ? <IconButton label={backLabel ?? t.backToChats} icon={<BackIcon data-directional />} onClick={onBack} data-back /> : null)}
      <Avatar name={partner.name} src={partner.avatarUrl} kind={group ? 'group' : 'person'} presence={presence} decorative />
      <Who>
        {/* The heading keeps the page's direction (so it sits at the start in RTL too); the name inside
            is isolated, so a Latin name in an Arabic page (or the reverse) reads correctly. */}
        <Name as={`h${headingLevel}`}>
          <bdi>{partner.name}</bdi>
        </Name>
        {sub ? <Sub data-subtitle>{sub}</Sub> : null}
      </Who>
      {actions || onToggleMembers ? (
        <Actions>
          {onToggleMembers ? (
            <Button
              ref={membersButtonRef}
              variant={membersOpen ? 'primary' : 'secondary'}
              size="sm"
              aria-expanded={membersOpen}
              aria-controls={membersOpen ? membersPanelId : undefined}
              onClick={onToggleMembers}
            >
              {membersLabel ?? t.membersToggle}
            </Button>
          ) : null}
          {actions}
        </Actions>
      ) : null}
      {pinned ? <Pinned>{pinned}</Pinned> : null}
    </Root>
  );
});
