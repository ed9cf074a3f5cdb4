import {
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import { Button } from '../../atoms/Button/Button';
import { IconButton } from '../../atoms/IconButton/IconButton';
import { TextField } from '../../atoms/TextField/TextField';
import type { GroupMember, UserId } from '../../types';
import { CloseIcon } from '../../utils/icons';
import { assignRef } from '../../utils/ids';
import { takeEscape } from '../../utils/keys';
import { base, color, focusRing, fontSize, fontWeight, space, touchTarget } from '../../utils/theme';
import { useFocusFallback } from '../../utils/useFocusFallback';
import { VisuallyHidden } from '../../utils/VisuallyHidden';
import { FormAlert } from '../LoginForm/formParts';
import { GroupMemberContext, GroupMemberRow, type GroupMemberContextValue } from './GroupMemberRow';

export interface GroupMembersPanelProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  groupName: string;
  /** The members, in display order. */
  members: readonly GroupMember[];
  /** The reader: marked "(you)", and never offered buttons about themselves. */
  currentUserId: UserId;
  /** The reader is an admin: each other member gets remove and role buttons (for the handlers given). */
  canManage?: boolean;
  /** The group's creator, who cannot be removed. */
  creatorId?: UserId | null;
  /** "Remove <name>" (admins only; not on the creator). */
  onRemove?: (member: GroupMember) => void;
  /** "Make <name> admin" on members (admins only). */
  onPromote?: (member: GroupMember) => void;
  /** "Remove <name> as admin" on admins (admins only). */
  onDemote?: (member: GroupMember) => void;
  /**
   * Shows a "Leave group" button. It asks first ("Leave <group>?" with "Leave" and "Stay") unless
   * `confirmLeave` is false; `onLeave` runs on "Leave".
   */
  onLeave?: () => void;
  /**
   * Shows "Rename group" next to the name (the app gives it to admins only). It opens an inline
   * form ("Group name", "Save", "Cancel"); `onRename` gets the trimmed name when it is not empty,
   * at most `maxNameLength` characters and not the current name. The form closes when `groupName`
   * changes (the rename took effect) or when `renaming` ends without an `error`; after an error it
   * stays open with what was typed.
   */
  onRename?: (name: string) => void;
  /** A rename is running: the form stays open, "Save" shows a spinner, "Cancel" is disabled. */
  renaming?: boolean;
  /** Longest group name, in characters (default 64, as the server allows). */
  maxNameLength?: number;
  /** Ask before leaving (default true). */
  confirmLeave?: boolean;
  /** Leaving is in progress: "Leave group" shows a spinner. */
  leaving?: boolean;
  /** Members with a request running (remove, role change): their buttons are disabled meanwhile. */
  pendingIds?: readonly UserId[];
  /** An error from the server (e.g. a failed removal), shown as an alert. */
  error?: ReactNode;
  /** Where the app puts its own people search for adding members (above the list). */
  addMembersSlot?: ReactNode;
  /** Shows a "Close members" button. */
  onClose?: () => void;
  /** Heading level of the group name. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** Focus the panel as it appears (it opened because the person asked for it), so Escape closes it. */
  initialFocus?: boolean;
}

const Root = styled.section`
  ${base}
  display: flex;
  flex-direction: column;
  gap: ${space('md')};
  min-height: 0;
  padding: ${space('lg')};
  background: ${color('surface')};
  ${focusRing}
`;

const Head = styled.div`
  display: flex;
  align-items: flex-start;
  gap: ${space('sm')};
`;

const Title = styled.div`
  display: flex;
  flex: 1;
  flex-direction: column;
  min-width: 0;
`;

const Heading = styled.h2`
  margin: 0;
  font-size: ${fontSize('lg')};
  font-weight: ${fontWeight('bold')};
  overflow-wrap: anywhere;
`;

// In place of the heading while renaming (the heading stays for assistive technology, so the
// panel keeps its name).
const RenameForm = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${space('sm')};
  margin-bottom: ${space('xs')};
`;

const RenameActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${space('sm')};
  & > button {
    ${touchTarget}
  }
`;

const RenameButton = styled(Button)`
  flex: none;
  ${touchTarget}
`;

const Count = styled.span`
  font-size: ${fontSize('sm')};
  color: ${color('textMuted')};
`;

const List = styled.ul`
  display: flex;
  flex-direction: column;
  flex: 1;
  min-height: 0;
  margin: 0;
  padding: 0;
  overflow-y: auto;
  list-style: none;
`;

const Question = styled.p`
  flex: 1 1 12rem;
  margin: 0;
  color: ${color('text')};
  font-size: ${fontSize('sm')};
`;

const Footer = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: flex-end;
  gap: ${space('sm')};
  & > button {
    ${touchTarget}
  }
`;

/**
 * A group's members: the group name and member count, a slot for the app's "add people" search,
 * and each member with avatar, presence, "Admin" and "(you)". Admins (`canManage`) get "Make
 * <name> admin" / "Remove <name> as admin" and "Remove <name>" on every other member (never
 * "Remove" on the creator). "Rename group" (an inline form in place of the name), "Leave group"
 * and "Close members" when their handlers are given. State: `data-state` is "renaming" while the
 * rename form is open, else "confirming-leave" while leaving is asked about or running.
 */
export const GroupMembersPanel = forwardRef<HTMLElement, GroupMembersPanelProps>(function GroupMembersPanel(
  {
    groupName,
    members,
    currentUserId,
    canManage = false,
    creatorId = null,
    onRemove,
    onPromote,
    onDemote,
    onLeave,
    confirmLeave = true,
    leaving = false,
    onRename,
    renaming = false,
    maxNameLength = 64,
    pendingIds,
    error,
    addMembersSlot,
    onClose,
    headingLevel = 2,
    initialFocus = false,
    ...rest
  },
  ref,
) {
  const { messages: t } = useKitLocale();
  const idBase = useId();
  const headingId = `${idBase}-title`;
  const countId = `${idBase}-count`;
  const confirmId = `${idBase}-confirm`;
  const [askingToLeave, setAskingToLeave] = useState(false);
  const stayRef = useRef<HTMLButtonElement>(null);
  const leaveRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // Focus follows the question: to "Stay" (the safe answer) when it appears, back to "Leave group"
  // when the person stays.
  useEffect(() => {
    if (askingToLeave) stayRef.current?.focus();
    else if (wasAsking.current) leaveRef.current?.focus();
    wasAsking.current = askingToLeave;
  }, [askingToLeave]);
  const confirming = askingToLeave || leaving;
  const memberContext = useMemo<GroupMemberContextValue>(
    () => ({ currentUserId, canManage, creatorId, pendingIds, onRemove, onPromote, onDemote }),
    [currentUserId, canManage, creatorId, pendingIds, onRemove, onPromote, onDemote],
  );

  // Renaming: the form is open while the person edits, and while a rename runs.
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(groupName);
  const formOpen = Boolean(onRename) && (editing || renaming);
  const inputRef = useRef<HTMLInputElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const seen = useRef({ groupName, renaming, formOpen });
  useEffect(() => {
    const before = seen.current;
    seen.current = { groupName, renaming, formOpen };
    // Done: the new name arrived, or the request ended without an error.
    if (groupName !== before.groupName || (before.renaming && !renaming && !error)) setEditing(false);
    // Closed with focus inside (now gone to the page): back to "Rename group".
    if (before.formOpen && !formOpen) {
      const active = document.activeElement;
      if (!active || active === document.body) renameRef.current?.focus();
    }
  }, [groupName, renaming, formOpen, error]);
  useEffect(() => {
    if (!editing) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [editing]);
  // A removed member's row takes focus with it: the panel keeps it (after the rename form's own focus
  // return above).
  const rootRef = useRef<HTMLElement>(null);
  const focusFallback = useFocusFallback(rootRef);
  const focusFirst = useRef(initialFocus);
  useEffect(() => {
    if (focusFirst.current) rootRef.current?.focus();
  }, []);
  const trimmed = draft.trim();
  const nameTooLong = trimmed.length > maxNameLength;
  const canSave = trimmed.length > 0 && !nameTooLong && trimmed !== groupName;
  const submitRename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (canSave && !renaming) onRename?.(trimmed);
  };
  const onRenameKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && !renaming) {
      event.preventDefault();
      setEditing(false);
    }
  };
  return (
    <Root
      ref={(node: HTMLElement | null) => {
        rootRef.current = node;
        assignRef(ref, node);
      }}
      tabIndex={-1}
      {...focusFallback}
      onKeyDown={(event) => {
        if (onClose && takeEscape(event)) onClose();
      }}
      aria-labelledby={headingId}
      data-state={formOpen ? 'renaming' : confirming ? 'confirming-leave' : undefined}
      data-can-manage={canManage || undefined}
      data-count={members.length}
      {...rest}
    >
      <Head>
        <Title>
          {formOpen ? (
            <>
              <VisuallyHidden as={`h${headingLevel}`} id={headingId} dir="auto">
                {groupName}
              </VisuallyHidden>
              <RenameForm aria-label={t.renameGroup} noValidate aria-busy={renaming || undefined} onSubmit={submitRename} onKeyDown={onRenameKeyDown}>
                <TextField
                  ref={inputRef}
                  label={t.groupName}
                  name="groupName"
                  autoComplete="off"
                  required
                  readOnly={renaming}
                  value={draft}
                  onChange={(event) => setDraft(event.target.value)}
                  error={nameTooLong ? t.nameMaxLength(maxNameLength) : undefined}
                />
                <RenameActions>
                  <Button type="submit" size="sm" disabled={!renaming && !canSave} loading={renaming}>
                    {t.save}
                  </Button>
                  <Button variant="secondary" size="sm" disabled={renaming} onClick={() => setEditing(false)}>
                    {t.cancel}
                  </Button>
                </RenameActions>
              </RenameForm>
            </>
          ) : (
            <Heading as={`h${headingLevel}`} id={headingId} dir="auto">
              {groupName}
            </Heading>
          )}
          <Count id={countId}>{t.members(members.length)}</Count>
        </Title>
        {onRename && !formOpen ? (
          <RenameButton
            ref={renameRef}
            variant="secondary"
            size="sm"
            onClick={() => {
              setDraft(groupName);
              setEditing(true);
            }}
          >
            {t.renameGroup}
          </RenameButton>
        ) : null}
        {onClose ? <IconButton label={t.closeMembers} icon={<CloseIcon />} onClick={onClose} /> : null}
      </Head>
      {error ? <FormAlert role="alert">{error}</FormAlert> : null}
      {addMembersSlot}
      <List aria-labelledby={countId}>
        <GroupMemberContext.Provider value={memberContext}>
          {members.map((member) => (
            <GroupMemberRow key={String(member.id)} member={member} />
          ))}
        </GroupMemberContext.Provider>
      </List>
      {onLeave && confirmLeave && confirming ? (
        <Footer
          role="group"
          aria-labelledby={confirmId}
          onKeyDown={(event) => {
            if (!leaving && takeEscape(event)) setAskingToLeave(false);
          }}
        >
          <Question id={confirmId}>{t.leaveQuestion(groupName)}</Question>
          <Button ref={stayRef} variant="secondary" disabled={leaving} onClick={() => setAskingToLeave(false)}>
            {t.stay}
          </Button>
          <Button variant="danger" loading={leaving} onClick={onLeave}>
            {t.leave}
          </Button>
        </Footer>
      ) : onLeave ? (
        <Footer>
          <Button ref={leaveRef} variant="danger" onClick={confirmLeave ? () => setAskingToLeave(true) : onLeave}>
            {t.leaveGroup}
          </Button>
        </Footer>
      ) : null}
    </Root>
  );
});
