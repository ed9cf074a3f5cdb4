import { forwardRef, memo, useRef, useState, type ComponentPropsWithoutRef, type KeyboardEvent, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { Button } from '../../atoms/Button/Button';
import { Timestamp } from '../../atoms/Timestamp/Timestamp';
import { useKitLocale } from '../../locale/useKitLocale';
import type { ChatMessage, MessageAttachment, MessageId, MessageStatus, UserId } from '../../types';
import { MessageAttachments } from '../MessageAttachments/MessageAttachments';
import { MessageActions, messageActionKeys } from '../MessageActions/MessageActions';
import { QuotedMessage } from '../QuotedMessage/QuotedMessage';
import { ReactionBar } from '../ReactionBar/ReactionBar';
import { ReactionPicker } from '../ReactionPicker/ReactionPicker';
import { MessageText } from './MessageText';
import { BubbleLinkPreview } from './BubbleLinkPreview';
import { AlertIcon, CheckIcon, ClockIcon, DoubleCheckIcon, RetryIcon } from '../../utils/icons';
import { assignRef } from '../../utils/ids';
import { takeEscape } from '../../utils/keys';
import { base, color, focusRing, fontSize, fontWeight, monoFamily, radius, space } from '../../utils/theme';
import { useFocusFallback } from '../../utils/useFocusFallback';
import { useLongPress } from '../../utils/useLongPress';
import { useReturnFocus } from '../../utils/useReturnFocus';
import { VisuallyHidden } from '../../utils/VisuallyHidden';

export interface MessageBubbleProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  message: ChatMessage;
  /** The reader's own message: right side, with delivery status. */
  own?: boolean;
  /** Author name, shown above the first bubble of a group from someone else. */
  authorName?: string;
  /** Show the author name (first message of a group). */
  showAuthor?: boolean;
  /** Called by the retry button of a failed message. */
  onRetry?: (message: ChatMessage) => void;
  /** Called by the discard button of a failed message (drops it for good). */
  onDiscard?: (message: ChatMessage) => void;
  /**
   * Own sent messages get "Edit message" in the "More actions" menu: the text turns into an inline
   * editor (Enter or Save saves, Escape or Cancel leaves); called with the new trimmed text when it changed.
   */
  onEdit?: (message: ChatMessage, text: string) => void;
  /** Own sent messages get "Delete message" in the menu, confirmed inline before this is called. */
  onDelete?: (message: ChatMessage) => void;
  /** Text in place of a deleted message. */
  deletedText?: string;
  /** Time formatting. */
  locale?: string;
  timeZone?: string;
  /** Extra content after the text (reactions). */
  footer?: ReactNode;
  /** An image of `message.attachments` was activated: its index among the message's images. */
  onOpenImage?: (index: number) => void;
  /** An attachment's image or audio failed to load (an expired URL?): once per attachment and URL. */
  onAttachmentError?: (attachment: MessageAttachment) => void;
  /** Names for `message.replyTo.authorId` and for who reacted. */
  getAuthorName?: (id: UserId) => string | undefined;
  /** Makes `message.replyTo`'s quote a button to the original: called with its id. */
  onJumpToMessage?: (id: MessageId) => void;
  /**
   * Shows `message.reactions` as toggles and an "Add reaction" menu; called with the emoji to add
   * or, for one the reader already reacted with, to take back.
   */
  onToggleReaction?: (message: ChatMessage, emoji: string) => void;
  /** "Reply" in the message's "More actions" menu. */
  onReply?: (message: ChatMessage) => void;
  /** "React" in the menu (also offered with `onToggleReaction`): opens the bubble's "Add reaction". */
  onReact?: (message: ChatMessage) => void;
  /** "Forward" in the menu. */
  onForward?: (message: ChatMessage) => void;
  /** "Pin", or "Unpin" for a `pinned` message, in the menu. */
  onTogglePin?: (message: ChatMessage) => void;
  /** "Report" in the menu, on others' messages only. */
  onReport?: (message: ChatMessage) => void;
  /** The reader: `message.mentions` of them get the stronger highlight and `data-mentions-me`. */
  currentUserId?: UserId;
  /** Usernames for `message.mentions`, to find their `@username` in the text. */
  getUsername?: (id: UserId) => string | undefined;
}

const Row = styled.div`
  ${base}
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  max-width: 100%;
  &[data-own='true'] {
    align-items: flex-end;
  }
  ${focusRing}
`;

const Author = styled.span`
  margin: 0 ${space('md')} ${space('xxs')};
  font-size: ${fontSize('xs')};
  font-weight: ${fontWeight('medium')};
  color: ${color('textMuted')};
`;

/** What the person asked for (editing, confirming a delete) takes focus as it appears. */
const focusOnMount = (node: HTMLElement | null) => node?.focus();

/** The bubble, with the own-message actions beside it (no extra height per message). */
const Line = styled.div`
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  width: 100%;
  [data-own='true'] > & {
    justify-content: flex-end;
  }
`;

const Bubble = styled.div`
  max-width: min(75ch, 80%);
  padding: ${space('sm')} ${space('md')};
  border-radius: ${radius('bubble')};
  background: ${color('otherBubble')};
  color: ${color('onOtherBubble')};
  font-size: ${fontSize('md')};
  [data-own='true'] & {
    background: ${color('ownBubble')};
    color: ${color('onOwnBubble')};
  }
  /* Only images: they fill the bubble, the time sits under them. */
  &[data-media-only='true'] {
    padding: ${space('xxs')};
  }
  & > p + [data-attachments] {
    margin-top: ${space('xs')};
  }
  [data-status='failed'] & {
    background: ${color('dangerSurface')};
    color: ${color('text')};
    border: 1px solid ${color('danger')};
  }
`;

/** "Forwarded", above what was forwarded. */
const ForwardedLabel = styled.span`
  display: block;
  margin-bottom: ${space('xxs')};
  font-size: ${fontSize('xs')};
  font-style: italic;
  opacity: 0.85;
`;

/** "More actions": shown on hover and while focus is in the message; always in the Tab order. */
const MenuSlot = styled.div`
  display: flex;
  align-self: flex-start;
  opacity: 0;
  [data-own]:hover &,
  [data-own]:focus-within &,
  &[data-open='true'] {
    opacity: 1;
  }
`;

const Text = styled.p`
  margin: 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  a:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 1px;
  }
  code {
    padding: 0 ${space('xxs')};
    border-radius: ${radius('sm')};
    background: ${color('surfaceSelected')};
    color: ${color('text')};
    font-family: ${monoFamily};
    font-size: 0.9em;
  }
  code[data-block] {
    display: block;
    margin: ${space('xxs')} 0;
    padding: ${space('xs')} ${space('sm')};
  }
  [data-mention] {
    font-weight: ${fontWeight('medium')};
  }
  [data-mention][data-me] {
    padding: 0 ${space('xxs')};
    border-radius: ${radius('sm')};
    background: ${color('warningSurface')};
    color: ${color('onWarningSurface')};
    font-weight: ${fontWeight('bold')};
  }
  [data-deleted='true'] & {
    font-style: italic;
    opacity: 0.85;
  }
`;

const Meta = styled.div`
  display: flex;
  align-items: center;
  justify-content: flex-end;
  gap: ${space('xs')};
  margin-top: ${space('xxs')};
  font-size: ${fontSize('xs')};
  time {
    color: inherit;
    opacity: 0.85;
  }
`;

const StatusMark = styled.span`
  display: inline-flex;
  align-items: center;
  [data-status='failed'] & {
    color: ${color('danger')};
  }
`;

const FailedRow = styled.div`
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  margin-top: ${space('xs')};
  font-size: ${fontSize('xs')};
  color: ${color('danger')};
`;

/** Save / Cancel while editing, the delete question while confirming: only while one is open. */
const Actions = styled.div`
  display: flex;
  gap: ${space('sm')};
  flex-wrap: wrap;
  justify-content: flex-end;
  font-size: ${fontSize('xs')};
`;

const ReactionRow = styled.div`
  display: flex;
  align-items: center;
  flex-wrap: wrap;
  gap: ${space('xs')};
  margin-top: ${space('xxs')};
  [data-own='true'] > & {
    flex-direction: row-reverse;
  }
`;

const Quote = styled(QuotedMessage)`
  margin-bottom: ${space('xs')};
`;

const Editor = styled.textarea`
  display: block;
  width: min(60ch, 70vw);
  min-height: 3em;
  padding: ${space('xs')} ${space('sm')};
  border: 1px solid ${color('border')};
  border-radius: ${radius('md')};
  background: ${color('surface')};
  color: ${color('text')};
  font: inherit;
  resize: vertical;
  ${focusRing}
`;

const icons: Record<MessageStatus, ReactNode> = {
  sending: <ClockIcon size={14} />,
  sent: <CheckIcon size={14} />,
  delivered: <DoubleCheckIcon size={14} />,
  read: <DoubleCheckIcon size={14} strokeWidth={3} />,
  failed: <AlertIcon size={14} />,
};

const MessageBubbleBase = forwardRef<HTMLDivElement, MessageBubbleProps>(function MessageBubble(
  {
    message,
    own = false,
    authorName,
    showAuthor = false,
    onRetry,
    onDiscard,
    onEdit,
    onDelete,
    deletedText,
    locale,
    timeZone,
    footer,
    onOpenImage,
    onAttachmentError,
    getAuthorName,
    onJumpToMessage,
    onToggleReaction,
    onReply,
    onReact,
    onForward,
    onTogglePin,
    onReport,
    currentUserId,
    getUsername,
    ...rest
  },
  ref,
) {
  const { messages: t } = useKitLocale();
  // A deleted message has nothing left to be delivered or read: no tick.
  const status = own && !message.deleted ? message.status : undefined;
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [draft, setDraft] = useState('');
  // Only what the server has: not while sending or failed, not once deleted.
  const editable = own && !message.deleted && status !== 'sending' && status !== 'failed';
  const attachments = message.deleted ? undefined : message.attachments;
  const hasText = message.deleted || message.text !== '' || !attachments?.length;
  const mediaOnly = !hasText && attachments?.every((a) => a.kind === 'image');
  const replyTo = message.deleted ? undefined : message.replyTo;
  const reactions = message.deleted ? [] : (message.reactions ?? []);
  // Reactions need a message the server has: not while sending or failed, not once deleted.
  const canReact = Boolean(onToggleReaction) && !message.deleted && message.status !== 'sending' && message.status !== 'failed';
  const toggleReaction = (emoji: string) => onToggleReaction?.(message, emoji);
  // "React" opens the bubble's own "Add reaction" menu, after telling the app.
  const pickerRef = useRef<HTMLDivElement>(null);
  const react =
    onReact || canReact
      ? (m: ChatMessage) => {
          onReact?.(m);
          pickerRef.current?.querySelector('button')?.click();
        }
      : undefined;
  // Edit and Delete are menu items that open the bubble's own editor or question.
  const startEdit = onEdit
    ? () => {
        setDraft(message.text);
        setMode('edit');
      }
    : undefined;
  const startDelete = onDelete ? () => setMode('delete') : undefined;
  const menuHandlers = { onReply, onReact: react, onForward, onTogglePin, onReport, onEdit: startEdit, onDelete: startDelete };
  // "Copy text" joins a menu the app asked for with at least one action: it never adds one alone.
  const hasMenu = mode === 'view' && messageActionKeys(message, own, menuHandlers, false).length > 0;
  const [menuOpen, setMenuOpen] = useState(false);
  const longPress = useLongPress(() => {
    if (hasMenu) setMenuOpen(true);
  });
  const mentionsMe = !own && currentUserId !== undefined && !message.deleted && (message.mentions?.includes(currentUserId) ?? false);
  const mentionNames = message.mentions?.flatMap((id) => getUsername?.(id) ?? []);
  const myName = mentionsMe && currentUserId !== undefined ? getUsername?.(currentUserId) : undefined;
  // Focus goes back to the action that was used, or to the message once that action is gone.
  const rowRef = useRef<HTMLDivElement>(null);
  // The menu is gone while the editor or question is open: it comes back with the next render.
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useReturnFocus();
  const focusFallback = useFocusFallback(rowRef);
  const closeEditor = () => {
    setMode('view');
    returnFocus(triggerRef, rowRef);
  };
  const cancelDelete = () => {
    setMode('view');
    returnFocus(triggerRef, rowRef);
  };
  const confirmDelete = () => {
    setMode('view');
    returnFocus(rowRef);
    onDelete?.(message);
  };
  const save = () => {
    const text = draft.trim();
    closeEditor();
    if (text && text !== message.text) onEdit?.(message, text);
  };
  const onEditorKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closeEditor();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      save();
    }
  };
  return (
    <Row
      ref={(node: HTMLDivElement | null) => {
        rowRef.current = node;
        assignRef(ref, node);
      }}
      // Focusable from script only: where focus lands when the action it was on is gone.
      tabIndex={(own && (onEdit || onDelete)) || hasMenu ? -1 : undefined}
      {...focusFallback}
      data-own={own}
      data-status={status}
      data-deleted={message.deleted || undefined}
      data-edited={message.edited || undefined}
      data-editing={mode === 'edit' || undefined}
      data-pinned={message.pinned || undefined}
      data-forwarded={message.forwarded ? true : undefined}
      data-mentions-me={mentionsMe || undefined}
      {...rest}
    >
      {showAuthor && authorName && !own ? (
        <Author data-author dir="auto">
          {authorName}
        </Author>
      ) : null}
      <Line>
        {editable && mode !== 'view' ? (
          <Actions
            data-mode={mode}
            onKeyDown={(event) => {
              if (mode === 'delete' && takeEscape(event)) cancelDelete();
            }}
          >
            {mode === 'edit' ? (
              <>
                <Button variant="link" size="sm" onClick={save}>
                  {t.save}
                </Button>
                <Button variant="link" size="sm" onClick={closeEditor}>
                  {t.cancel}
                </Button>
              </>
            ) : (
              <>
                <span>{t.deleteQuestion}</span>
                <Button variant="link" size="sm" onClick={confirmDelete}>
                  {t.delete}
                </Button>
                <Button variant="link" size="sm" onClick={cancelDelete} ref={focusOnMount}>
                  {t.cancel}
                </Button>
              </>
            )}
          </Actions>
        ) : null}
        <Bubble data-media-only={mediaOnly || undefined} {...(hasMenu ? longPress : undefined)}>
          {message.forwarded && !message.deleted ? <ForwardedLabel data-forwarded-label>{t.forwarded}</ForwardedLabel> : null}
          {!own && authorName && !showAuthor ? <VisuallyHidden>{authorName}: </VisuallyHidden> : null}
          {own && authorName ? <VisuallyHidden>{authorName}: </VisuallyHidden> : null}
          {replyTo ? (
            <Quote
              authorName={getAuthorName?.(replyTo.authorId) ?? String(replyTo.authorId)}
              excerpt={replyTo.excerpt}
              deleted={replyTo.deleted}
              messageId={replyTo.id}
              onJumpTo={onJumpToMessage}
            />
          ) : null}
          {mode === 'edit' && editable ? (
            <Editor
              aria-label={t.editMessage}
              dir="auto"
              value={draft}
              ref={focusOnMount}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={onEditorKey}
            />
          ) : hasText ? (
            <Text dir="auto">
              {message.deleted ? (deletedText ?? t.deletedMessage) : <MessageText text={message.text} mentions={mentionNames} me={myName} />}
            </Text>
          ) : null}
          <BubbleLinkPreview message={message} own={own} />
          {attachments?.length ? (
            <MessageAttachments attachments={attachments} onOpenImage={onOpenImage} onAttachmentError={onAttachmentError} />
          ) : null}
          {footer}
          <Meta>
            {message.edited && !message.deleted ? <span>{t.edited}</span> : null}
            <Timestamp value={message.timestamp} format="time" locale={locale} timeZone={timeZone} />
            {status ? (
              <StatusMark role="img" aria-label={t.status[status]} title={t.status[status]}>
                {icons[status]}
              </StatusMark>
            ) : null}
          </Meta>
        </Bubble>
        {hasMenu ? (
          <MenuSlot data-open={menuOpen || undefined}>
            <MessageActions message={message} own={own} open={menuOpen} onOpenChange={setMenuOpen} triggerRef={triggerRef} {...menuHandlers} />
          </MenuSlot>
        ) : null}
      </Line>
      {reactions.length > 0 || canReact ? (
        <ReactionRow data-reactions>
          <ReactionBar reactions={reactions} onToggleReaction={canReact ? toggleReaction : undefined} getAuthorName={getAuthorName} />
          {canReact ? (
            <ReactionPicker
              ref={pickerRef}
              data-picker
              onPick={(emoji) => {
                // The menu adds: an emoji the reader already reacted with stays as it is.
                if (!reactions.some((r) => r.emoji === emoji && r.me)) toggleReaction(emoji);
              }}
            />
          ) : null}
        </ReactionRow>
      ) : null}
      {status === 'failed' ? (
        <FailedRow data-retryable={message.retryable !== false}>
          <span data-failure-reason>{message.failureReason ?? t.notSent}</span>
          {onRetry && message.retryable !== false ? (
            <Button variant="link" size="sm" onClick={() => onRetry(message)}>
              <RetryIcon size={14} />
              {t.retry}
            </Button>
          ) : null}
          {onDiscard ? (
            <Button variant="link" size="sm" onClick={() => onDiscard(message)}>
              {t.discard}
            </Button>
          ) : null}
        </FailedRow>
      ) : null}
    </Row>
  );
});

/**
 * One chat message. Memoized: in a list, a bubble re-renders only when its own props change.
 * State is exposed as `data-own`, `data-status`, `data-edited`, `data-deleted`, `data-editing`.
 * `message.attachments` show under the text (or alone): images, file cards, voice players.
 * `message.replyTo` shows as a quote above the text (a button with `onJumpToMessage`);
 * `message.reactions` as toggles under the bubble, with "Add reaction" when `onToggleReaction` is given.
 * Own messages can offer Edit (inline editor) and Delete (inline confirmation) in the "More
 * actions" menu; failed ones show
 * why (`failureReason`) and offer Retry (unless `retryable` is false) and Discard.
 */
export const MessageBubble = memo(MessageBubbleBase);
MessageBubble.displayName = 'MessageBubble';
