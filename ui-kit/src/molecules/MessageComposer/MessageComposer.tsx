import {
  forwardRef,
  useId,
  useRef,
  useState,
  type ClipboardEvent,
  type ComponentPropsWithoutRef,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { styled } from 'styled-components';
import { IconButton } from '../../atoms/IconButton/IconButton';
import type { PendingAttachment } from '../../types';
import { CloseIcon, PaperclipIcon, SendIcon } from '../../utils/icons';
import { AttachmentChip } from '../AttachmentChip/AttachmentChip';
import { MentionSuggestions } from '../MentionSuggestions/MentionSuggestions';
import { QuotedMessage } from '../QuotedMessage/QuotedMessage';
import { VoiceRecorder } from '../VoiceRecorder/VoiceRecorder';
import { useKitLocale } from '../../locale/useKitLocale';
import { assignRef } from '../../utils/ids';
import { takeEscape } from '../../utils/keys';
import { VisuallyHidden } from '../../utils/VisuallyHidden';
import { base, color, focusRing, fontFamily, fontSize, radius, space, visuallyHidden } from '../../utils/theme';
import { useControllableState } from '../../utils/useControllableState';
import { filterMentionCandidates, insertMention, mentionTokenAt, type MentionCandidate } from '../../utils/mentionToken';

export interface MessageComposerProps extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'onChange' | 'children'> {
  /**
   * Called with the trimmed text when the user sends: it may be empty when files are attached. The
   * composer clears its text; the app owns `attachments` and clears them.
   */
  onSend: (text: string) => void;
  /** Controlled value; leave undefined for an uncontrolled composer. */
  value?: string;
  /** Called on every edit (controlled or not). */
  onValueChange?: (value: string) => void;
  /** Accessible name of the textarea. */
  label?: string;
  placeholder?: string;
  /** Accessible name of the send button. */
  sendLabel?: string;
  /** Maximum characters; a counter appears when fewer than `counterThreshold` remain. */
  maxLength?: number;
  counterThreshold?: number;
  disabled?: boolean;
  /** Extra controls before the textarea (attach, emoji). */
  startSlot?: ReactNode;
  /**
   * Files picked for the next message, shown as chips above the text field. Send is allowed with
   * files and no text while every file is `uploaded` or `uploading` (the app sends once the uploads
   * finish); a `failed` one disables Send and says so until it is retried or removed.
   */
  attachments?: readonly PendingAttachment[];
  /** Shows "Attach files" (a button and a file input of that name) and takes pasted images. */
  onAttachFiles?: (files: File[]) => void;
  onRemoveAttachment?: (id: string) => void;
  onRetryAttachment?: (id: string) => void;
  /** The file input's `accept` (e.g. "image/*,application/pdf"). */
  accept?: string;
  /** Shows a VoiceRecorder; called with the recording when the person sends it. */
  onVoiceMessage?: (file: File, durationMs: number) => void;
  /**
   * The message being replied to, shown above the text field with "Cancel reply" (Escape in the
   * field cancels too). The app sends the reply and clears it.
   */
  replyingTo?: { authorName: string; excerpt: string; deleted?: boolean };
  onCancelReply?: () => void;
  /**
   * People who can be mentioned (a group's members): typing `@` at a word start lists those
   * matching what follows (↑/↓ move, Enter or Tab picks, Escape closes), and picking one inserts
   * `@username `.
   */
  mentionCandidates?: readonly MentionCandidate[];
  /** Forwarded to the textarea. */
  textareaProps?: Omit<ComponentPropsWithoutRef<'textarea'>, 'value' | 'onChange' | 'maxLength'>;
}

const Form = styled.form`
  ${base}
  display: flex;
  align-items: flex-end;
  gap: ${space('sm')};
  padding: ${space('sm')} ${space('md')};
  background: ${color('surface')};
  border-top: 1px solid ${color('border')};
`;

const Field = styled.div`
  position: relative;
  flex: 1;
  display: flex;
  flex-direction: column;
  min-width: 0;
`;

const Label = styled.label`
  ${visuallyHidden}
`;

const Area = styled.textarea`
  box-sizing: border-box;
  width: 100%;
  min-height: 40px;
  max-height: 160px;
  field-sizing: content;
  resize: none;
  padding: ${space('sm')} ${space('md')};
  border: 1px solid ${color('border')};
  border-radius: ${radius('lg')};
  background: ${color('background')};
  color: ${color('text')};
  font-family: ${fontFamily};
  font-size: ${fontSize('md')};
  line-height: 1.4;
  ${focusRing}
`;

const FileInput = styled.input`
  ${visuallyHidden}
`;

const Chips = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${space('xs')};
  margin: 0 0 ${space('xs')};
  padding: 0;
  list-style: none;
  max-block-size: 136px;
  overflow: auto;
`;

const Reply = styled.div`
  display: flex;
  align-items: flex-start;
  gap: ${space('xs')};
  margin: 0 0 ${space('xs')};
  & > :first-child {
    flex: 1;
  }
`;

const Hint = styled.span`
  margin-top: ${space('xxs')};
  font-size: ${fontSize('xs')};
  color: ${color('danger')};
`;

const Counter = styled.span`
  align-self: flex-end;
  margin-top: ${space('xxs')};
  font-size: ${fontSize('xs')};
  color: ${color('textMuted')};
  &[data-over='true'] {
    color: ${color('danger')};
  }
`;

/** Inserts `text` into the textarea at its selection and returns the new value. */
function insertAtSelection(area: HTMLTextAreaElement, current: string, text: string, max: number): [string, number] {
  const start = area.selectionStart ?? current.length;
  const end = area.selectionEnd ?? current.length;
  const room = Math.max(0, max - (current.length - (end - start)));
  const inserted = text.slice(0, room);
  return [current.slice(0, start) + inserted + current.slice(end), start + inserted.length];
}

/** Image files on the clipboard (a screenshot, a copied picture); tests' fake clipboards may have no `files`. */
function pastedImages(data: DataTransfer): File[] {
  const files = data.files as FileList | undefined;
  return files ? Array.from(files).filter((file) => file.type.startsWith('image/')) : [];
}

/**
 * A multi-line message box. Enter sends, Shift+Enter inserts a new line; the send button is
 * disabled while the text is empty or whitespace (and no file is attached). A plain `<textarea>`:
 * pasted content arrives as plain text only, except pasted images, which are attached when
 * `onAttachFiles` is given.
 */
export const MessageComposer = forwardRef<HTMLTextAreaElement, MessageComposerProps>(function MessageComposer(
  {
    onSend,
    value: valueProp,
    onValueChange,
    label: labelProp,
    placeholder: placeholderProp,
    sendLabel,
    maxLength = 4000,
    counterThreshold = 200,
    disabled = false,
    startSlot,
    textareaProps,
    attachments = [],
    onAttachFiles,
    onRemoveAttachment,
    onRetryAttachment,
    accept,
    onVoiceMessage,
    replyingTo,
    onCancelReply,
    mentionCandidates,
    ...rest
  },
  ref,
) {
  const [value, update] = useControllableState({ prop: valueProp, defaultProp: '', onChange: onValueChange });
  const areaRef = useRef<HTMLTextAreaElement | null>(null);
  const id = useId();
  const counterId = `${id}-counter`;
  const fileInputRef = useRef<HTMLInputElement | null>(null);
  const failed = attachments.some((a) => a.status === 'failed');
  const hasContent = value.trim().length > 0 || attachments.length > 0;
  const canSend = !disabled && !failed && hasContent && value.length <= maxLength;
  const remaining = maxLength - value.length;
  const showCounter = remaining <= counterThreshold;

  // Mentions: the token at the caret, unless Escape closed the list for the token at that place.
  const [caret, setCaret] = useState<number | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const token = mentionCandidates && caret !== null && caret <= value.length ? mentionTokenAt(value, caret) : null;
  const matches = token && token.start !== dismissedAt && mentionCandidates ? filterMentionCandidates(mentionCandidates, token.query) : [];
  const suggesting = matches.length > 0;
  // A new query starts at the first match (render-time: no effect needed).
  const queryKey = token ? `${token.start}:${token.query}` : '';
  const [shownKey, setShownKey] = useState(queryKey);
  if (shownKey !== queryKey) {
    setShownKey(queryKey);
    setActive(0);
    if (dismissedAt !== null && token?.start !== dismissedAt) setDismissedAt(null);
  }
  const activeIndex = Math.min(active, matches.length - 1);
  const listId = `${id}-mentions`;
  const optionId = (index: number) => `${id}-mention-${index}`;
  const trackCaret = (area: HTMLTextAreaElement) => setCaret(area.selectionStart === area.selectionEnd ? area.selectionStart : null);
  const pick = (candidate: MentionCandidate) => {
    const area = areaRef.current;
    if (!token || caret === null || !area) return;
    const [next, at] = insertMention(value, token, caret, candidate.username);
    update(next);
    setCaret(at);
    requestAnimationFrame(() => area.setSelectionRange(at, at));
  };
  const onMentionKey = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!suggesting || event.nativeEvent.isComposing) return false;
    const n = matches.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      setActive((activeIndex + (event.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
      const chosen = matches[activeIndex];
      if (chosen) pick(chosen);
    } else if (takeEscape(event)) {
      // Closes the list only: the reply and the draft stay.
      setDismissedAt(token?.start ?? null);
      return true;
    } else return false;
    event.preventDefault();
    return true;
  };

  const send = () => {
    if (!canSend) return;
    onSend(value.trim());
    update('');
    areaRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    textareaProps?.onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (onMentionKey(event)) return;
    if (replyingTo && onCancelReply && takeEscape(event)) {
      onCancelReply();
      return;
    }
    // Enter sends; Shift+Enter (and Enter while an IME composes) inserts a line break.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    textareaProps?.onPaste?.(event);
    if (event.defaultPrevented) return;
    const images = onAttachFiles ? pastedImages(event.clipboardData) : [];
    if (images.length > 0) {
      // A pasted picture is attached; the text that comes with it (a file name, markup) is not typed.
      event.preventDefault();
      onAttachFiles?.(images);
      return;
    }
    // Only ever take the plain-text flavour of the clipboard.
    const text = event.clipboardData.getData('text/plain');
    event.preventDefault();
    if (!text) return;
    const area = event.currentTarget;
    const [next, caret] = insertAtSelection(area, value, text, maxLength);
    update(next);
    requestAnimationFrame(() => area.setSelectionRange(caret, caret));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send();
  };

  const { messages: t } = useKitLocale();
  const label = labelProp ?? t.composerLabel;
  const placeholder = placeholderProp ?? t.composerPlaceholder;
  const hintId = `${id}-files-hint`;
  return (
    <Form
      {...rest}
      onSubmit={onSubmit}
      data-disabled={disabled || undefined}
      data-can-send={canSend}
      data-attachments={attachments.length || undefined}
      data-replying={replyingTo ? true : undefined}
    >
      {onAttachFiles ? (
        <>
          <IconButton
            label={t.attachFiles}
            // Named by its text, not aria-label, so that "label Attach files" (Playwright's
            // getByLabel, setInputFiles) finds only the file input.
            aria-label={undefined}
            icon={
              <>
                <PaperclipIcon size={18} />
                <VisuallyHidden>{t.attachFiles}</VisuallyHidden>
              </>
            }
            size={40}
            disabled={disabled}
            onClick={() => fileInputRef.current?.click()}
          />
          <FileInput
            ref={fileInputRef}
            type="file"
            multiple
            accept={accept}
            aria-label={t.attachFiles}
            tabIndex={-1}
            disabled={disabled}
            onChange={(event) => {
              const files = Array.from(event.currentTarget.files ?? []);
              // Cleared so that picking the same file again is a change too.
              event.currentTarget.value = '';
              if (files.length > 0) onAttachFiles(files);
            }}
          />
        </>
      ) : null}
      {startSlot}
      <Field>
        {replyingTo ? (
          <Reply role="group" aria-label={t.replyingTo(replyingTo.authorName)}>
            <QuotedMessage authorName={replyingTo.authorName} excerpt={replyingTo.excerpt} deleted={replyingTo.deleted} />
            {onCancelReply ? (
              <IconButton
                label={t.cancelReply}
                icon={<CloseIcon size={16} />}
                size={28}
                onClick={() => {
                  onCancelReply();
                  areaRef.current?.focus();
                }}
              />
            ) : null}
          </Reply>
        ) : null}
        {attachments.length > 0 ? (
          <Chips role="list" aria-label={t.attachments}>
            {attachments.map((attachment) => (
              <li key={attachment.id}>
                <AttachmentChip attachment={attachment} onRemove={onRemoveAttachment} onRetry={onRetryAttachment} />
              </li>
            ))}
          </Chips>
        ) : null}
        {suggesting ? <MentionSuggestions id={listId} candidates={matches} activeIndex={activeIndex} onPick={pick} optionId={optionId} /> : null}
        <Label htmlFor={`${id}-input`}>{label}</Label>
        <Area
          rows={1}
          dir="auto"
          placeholder={placeholder}
          {...textareaProps}
          ref={(node) => {
            areaRef.current = node;
            assignRef(ref, node);
          }}
          id={`${id}-input`}
          value={value}
          maxLength={maxLength}
          disabled={disabled}
          aria-describedby={showCounter ? counterId : textareaProps?.['aria-describedby']}
          // The combobox pattern as far as a textarea allows (no aria-expanded on a textbox).
          aria-autocomplete={mentionCandidates ? 'list' : textareaProps?.['aria-autocomplete']}
          aria-controls={suggesting ? listId : textareaProps?.['aria-controls']}
          aria-activedescendant={suggesting ? optionId(activeIndex) : textareaProps?.['aria-activedescendant']}
          data-suggesting={suggesting || undefined}
          onChange={(event) => {
            update(event.target.value);
            if (mentionCandidates) trackCaret(event.target);
          }}
          onSelect={(event) => {
            textareaProps?.onSelect?.(event);
            if (mentionCandidates) trackCaret(event.currentTarget);
          }}
          onBlur={(event) => {
            textareaProps?.onBlur?.(event);
            setCaret(null);
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
        {showCounter ? (
          <Counter id={counterId} aria-live="polite" data-over={remaining < 0}>
            {t.charactersLeft(Math.max(0, remaining))}
          </Counter>
        ) : null}
        {failed ? <Hint id={hintId}>{t.attachmentsFailedHint}</Hint> : null}
      </Field>
      {onVoiceMessage ? <VoiceRecorder onRecorded={onVoiceMessage} disabled={disabled} /> : null}
      <IconButton
        type="submit"
        variant="primary"
        label={sendLabel ?? t.send}
        icon={<SendIcon size={18} data-directional />}
        size={40}
        disabled={!canSend}
        aria-describedby={failed ? hintId : undefined}
      />
    </Form>
  );
});
