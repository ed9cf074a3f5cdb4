import { forwardRef, useCallback, useId, useRef, useState, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import { styled } from 'styled-components';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { Button } from '../../atoms/Button/Button';
import { useKitLocale } from '../../locale/useKitLocale';
import { QuotedMessage } from '../../molecules/QuotedMessage/QuotedMessage';
import { SearchField } from '../../molecules/SearchField/SearchField';
import type { ChatMessage, ConversationKind } from '../../types';
import { assignRef } from '../../utils/ids';
import { takeEscape } from '../../utils/keys';
import { base, color, focusRing, fontSize, radius, shadow, space } from '../../utils/theme';
import { useReturnFocus } from '../../utils/useReturnFocus';
import { trapTab } from '../ImageViewer/focusTrap';

/** A conversation a message can be forwarded to. */
export interface ForwardTarget {
  id: string | number;
  name: string;
  /** Avatar image URL. */
  avatar?: string;
  kind: ConversationKind;
}

export type ForwardStatus = 'idle' | 'sending' | 'error';

export interface ForwardDialogProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  open: boolean;
  /** The message being forwarded, previewed at the top. */
  message: ChatMessage;
  /** Its author, for the preview. */
  authorName: string;
  conversations: readonly ForwardTarget[];
  /** "Forward" with the picked conversation; the owner sends and closes (or sets `status`). */
  onForward: (conversationId: ForwardTarget['id']) => void;
  /** Cancel or Escape: the owner sets `open` to false; focus goes back to what opened the dialog. */
  onClose: () => void;
  /** `sending`: Forward is busy; `error`: "Couldn't forward — try again" and Forward retries. */
  status?: ForwardStatus;
  /** Starting search text and pick (uncontrolled; stories, tests). */
  defaultQuery?: string;
  defaultSelectedId?: ForwardTarget['id'];
}

const Backdrop = styled.div`
  ${base}
  position: fixed;
  inset: 0;
  z-index: 1000;
  display: flex;
  align-items: center;
  justify-content: center;
  background: ${color('overlay')};
`;

const Dialog = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${space('md')};
  width: min(28rem, calc(100vw - 2 * ${space('md')}));
  max-height: calc(100vh - 2 * ${space('md')});
  padding: ${space('lg')};
  border-radius: ${radius('lg')};
  background: ${color('surface')};
  color: ${color('text')};
  box-shadow: ${shadow('md')};
  ${focusRing}
`;

const Title = styled.h2`
  margin: 0;
  font-size: ${fontSize('lg')};
`;

const Targets = styled.div`
  display: flex;
  flex-direction: column;
  min-height: 6rem;
  overflow: auto;
`;

const Target = styled.label`
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  padding: ${space('xs')} ${space('sm')};
  border-radius: ${radius('md')};
  cursor: pointer;
  &:has(input:checked) {
    background: ${color('surfaceSelected')};
  }
  &:has(input:focus-visible) {
    outline: 2px solid ${color('focusRing')};
  }
  input {
    margin: 0;
  }
`;

const Empty = styled.p`
  margin: ${space('sm')} 0;
  color: ${color('textMuted')};
  font-size: ${fontSize('sm')};
`;

const Failure = styled.p`
  margin: 0;
  color: ${color('danger')};
  font-size: ${fontSize('sm')};
`;

const Buttons = styled.div`
  display: flex;
  justify-content: flex-end;
  gap: ${space('sm')};
`;

/**
 * "Forward message": a modal dialog previewing the message, with a search field over the
 * conversations (by name) and a radio list to pick one (arrow keys move and pick), "Forward"
 * (disabled until one is picked) and "Cancel". Focus moves to the search field on open, Tab stays
 * inside, Escape closes (after clearing the search) and focus returns to what opened it. State:
 * `data-status`, `data-picked`.
 */
export const ForwardDialog = forwardRef<HTMLDivElement, ForwardDialogProps>(function ForwardDialog(
  { open, message, authorName, conversations, onForward, onClose, status = 'idle', defaultQuery = '', defaultSelectedId, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const [query, setQuery] = useState(defaultQuery);
  const [picked, setPicked] = useState<ForwardTarget['id'] | undefined>(defaultSelectedId);
  const id = useId();
  const returnFocus = useReturnFocus();
  const opener = useRef<HTMLElement | null>(null);
  const dialog = useRef<HTMLDivElement | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const dialogRef = useCallback(
    (node: HTMLDivElement | null) => {
      const closing = dialog.current;
      dialog.current = node;
      assignRef(ref, node);
      if (!node) {
        // Closed by its owner (after forwarding): focus still inside goes back too.
        const active = document.activeElement;
        if (closing && (active === document.body || closing.contains(active)) && opener.current?.isConnected) opener.current.focus();
        return;
      }
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && !node.contains(active) ? active : null;
      search.current?.focus();
    },
    [ref],
  );
  if (!open) return null;

  const q = query.trim().toLocaleLowerCase();
  const shown = q ? conversations.filter((c) => c.name.toLocaleLowerCase().includes(q)) : conversations;
  const sending = status === 'sending';
  const canForward = picked !== undefined && conversations.some((c) => c.id === picked) && !sending;
  const close = () => {
    returnFocus(opener);
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (takeEscape(event)) close();
    else trapTab(event, dialog.current);
  };
  const titleId = `${id}-title`;
  return (
    <Backdrop data-open>
      <Dialog
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-status={status}
        data-picked={picked ?? undefined}
        onKeyDown={onKeyDown}
        {...rest}
      >
        <Title id={titleId}>{t.forwardMessage}</Title>
        <QuotedMessage authorName={authorName} excerpt={message.text} />
        <SearchField ref={search} label={t.searchConversations} value={query} onValueChange={setQuery} />
        <Targets role="radiogroup" aria-label={t.conversations} aria-busy={sending || undefined}>
          {shown.map((c) => (
            <Target key={c.id}>
              <input
                type="radio"
                name={`${id}-target`}
                value={String(c.id)}
                checked={picked === c.id}
                disabled={sending}
                onChange={() => setPicked(c.id)}
              />
              <Avatar name={c.name} src={c.avatar} kind={c.kind === 'group' ? 'group' : 'person'} size="xs" decorative />
              <span dir="auto">{c.name}</span>
            </Target>
          ))}
          {shown.length === 0 ? <Empty role="status">{t.noConversationsMatch}</Empty> : null}
        </Targets>
        {status === 'error' ? <Failure role="alert">{t.forwardFailed}</Failure> : null}
        <Buttons>
          <Button variant="secondary" onClick={close}>
            {t.cancel}
          </Button>
          <Button
            variant="primary"
            disabled={!canForward}
            aria-busy={sending || undefined}
            onClick={() => {
              if (canForward && picked !== undefined) onForward(picked);
            }}
          >
            {sending ? t.forwarding : t.forward}
          </Button>
        </Buttons>
      </Dialog>
    </Backdrop>
  );
});
