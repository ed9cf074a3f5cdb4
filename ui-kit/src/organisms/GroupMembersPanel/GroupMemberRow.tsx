import { createContext, useContext, useId, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import { HiddenParts } from '../../locale/HiddenParts';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { Button } from '../../atoms/Button/Button';
import type { GroupMember, UserId } from '../../types';
import { takeEscape } from '../../utils/keys';
import { color, focusRing, fontSize, fontWeight, radius, space, touchTarget } from '../../utils/theme';
import { useReturnFocus } from '../../utils/useReturnFocus';
import { VisuallyHidden } from '../../utils/VisuallyHidden';

/** What every member row of one GroupMembersPanel shares: who reads, what they may do, the handlers. */
export interface GroupMemberContextValue {
  currentUserId: UserId;
  canManage: boolean;
  creatorId: UserId | null;
  pendingIds?: readonly UserId[] | undefined;
  onRemove?: ((member: GroupMember) => void) | undefined;
  onPromote?: ((member: GroupMember) => void) | undefined;
  onDemote?: ((member: GroupMember) => void) | undefined;
}

export const GroupMemberContext = createContext<GroupMemberContextValue | null>(null);

const Member = styled.li`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space('sm')} ${space('md')};
  min-height: 44px;
  padding: ${space('xs')} 0;
  border-bottom: 1px solid ${color('border')};
  &:last-child {
    border-bottom: none;
  }
  &[aria-busy='true'] {
    opacity: 0.7;
  }
  ${focusRing}
`;

// Sized by its content, so the buttons wrap onto a line of their own before the name is cut.
const Who = styled.span`
  display: flex;
  flex: 1 1 auto;
  align-items: center;
  gap: ${space('sm')};
  min-width: 0;
`;

const Name = styled.span`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  font-weight: ${fontWeight('medium')};
`;

const Handle = styled.span`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  color: ${color('textMuted')};
  font-size: ${fontSize('sm')};
`;

const You = styled.span`
  flex: none;
  color: ${color('textMuted')};
  font-size: ${fontSize('sm')};
`;

const RoleTag = styled.span`
  flex: none;
  padding: 0 ${space('sm')};
  border: 1px solid ${color('primary')};
  border-radius: ${radius('round')};
  color: ${color('text')};
  font-size: ${fontSize('xs')};
  font-weight: ${fontWeight('medium')};
  line-height: 1.6;
`;

const MemberActions = styled.span`
  display: flex;
  flex-wrap: wrap;
  gap: ${space('xs')};
  margin-inline-start: auto;
  & > button {
    ${touchTarget}
  }
`;

const Question = styled.span`
  align-self: center;
  font-size: ${fontSize('sm')};
`;

/** The safe answer takes focus as the question appears. */
const focusOnMount = (node: HTMLElement | null) => node?.focus();

/**
 * One member of GroupMembersPanel: avatar, name, "(you)", presence and "Admin", and for an admin
 * reader the role and remove buttons this member gets (none on the reader, no "Remove" on the creator).
 */
export function GroupMemberRow({ member }: { member: GroupMember }) {
  const context = useContext(GroupMemberContext);
  if (!context) throw new Error('GroupMemberRow is rendered by GroupMembersPanel only');
  const { messages: t } = useKitLocale();
  const { currentUserId, canManage, creatorId, pendingIds, onRemove, onPromote, onDemote } = context;
  const self = member.id === currentUserId;
  const admin = member.role === 'admin';
  const creator = creatorId !== null && member.id === creatorId;
  const pending = pendingIds?.includes(member.id) ?? false;
  const handle = member.username && member.username !== member.name ? member.username : undefined;
  // The buttons and the question name the person as the row shows them: "Remove Sam (@sam_k)".
  const called = handle ? `${member.name} (@${handle})` : member.name;
  const manage = canManage && !self;
  const roleAction = !manage ? null : admin ? onDemote : onPromote;
  const removable = manage && !creator && onRemove;
  // "Remove <name>" asks first; focus goes back to it on Cancel, to the row on Remove (the panel
  // takes it once the row is gone).
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const rowRef = useRef<HTMLLIElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useReturnFocus();
  const cancel = () => {
    setAsking(false);
    returnFocus(removeRef, rowRef);
  };
  const confirm = () => {
    setAsking(false);
    returnFocus(rowRef);
    if (removable) onRemove(member);
  };
  return (
    <Member
      ref={rowRef}
      tabIndex={removable ? -1 : undefined}
      data-state={asking && removable ? 'confirming-remove' : undefined}
      data-id={String(member.id)}
      data-role={member.role}
      data-self={self || undefined}
      data-creator={creator || undefined}
      data-presence={member.presence}
      aria-busy={pending || undefined}
    >
      <Who>
        <Avatar name={member.name} src={member.avatarUrl} size="sm" presence={member.presence} decorative />
        <Name dir="auto">{member.name}</Name>
        {handle ? <Handle dir="auto">@{handle}</Handle> : null}
        {self ? <You>{t.you}</You> : null}
        {member.presence ? <VisuallyHidden>{t.presence[member.presence]}</VisuallyHidden> : null}
        {admin ? <RoleTag>{t.admin}</RoleTag> : null}
      </Who>
      {asking && removable ? (
        <MemberActions
          role="group"
          aria-labelledby={questionId}
          onKeyDown={(event) => {
            if (takeEscape(event)) cancel();
          }}
        >
          <Question id={questionId}>{t.removeQuestion(called)}</Question>
          <Button ref={focusOnMount} variant="secondary" size="sm" onClick={cancel}>
            {t.cancel}
          </Button>
          <Button variant="danger" size="sm" disabled={pending} onClick={confirm}>
            {t.remove}
          </Button>
        </MemberActions>
      ) : roleAction || removable ? (
        <MemberActions>
          {roleAction ? (
            <Button variant="secondary" size="sm" disabled={pending} onClick={() => roleAction(member)}>
              {/* One span: the button is a flex container and would space the words apart. */}
              <HiddenParts text={admin ? t.removeAdmin : t.makeAdmin} name={called} />
            </Button>
          ) : null}
          {removable ? (
            <Button ref={removeRef} variant="secondary" size="sm" disabled={pending} onClick={() => setAsking(true)}>
              <HiddenParts text={t.removeMember} name={called} />
            </Button>
          ) : null}
        </MemberActions>
      ) : null}
    </Member>
  );
}
