import {
  forwardRef,
  useId,
  useRef,
  type ClipboardEvent,
  type ComponentPropsWithoutRef,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { styled } from 'styled-components';
import { IconButton } from '../../atoms/IconButton/IconButton';
import { SendIcon } from '../../utils/icons';
import { useKitLocale } from '../../locale/useKitLocale';
import { assignRef } from '../../utils/ids';
import { base, color, focusRing, fontFamily, fontSize, radius, space, visuallyHidden } from '../../utils/theme';
import { useControllableState } from '../../utils/useControllableState';

export interface MessageComposerProps extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'onChange' | 'children'> {
  /** Called with the trimmed text when the user sends. */
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

/**
 * A multi-line message box. Enter sends, Shift+Enter inserts a new line; the send button is
 * disabled while the text is empty or whitespace. A plain `<textarea>`: pasted content arrives as
 * plain text only.
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
    ...rest
  },
  ref,
) {
  const [value, update] = useControllableState({ prop: valueProp, defaultProp: '', onChange: onValueChange });
  const areaRef = useRef<HTMLTextAreaElement | null>(null);
  const id = useId();
  const counterId = `${id}-counter`;
  const canSend = !disabled && value.trim().length > 0 && value.length <= maxLength;
  const remaining = maxLength - value.length;
  const showCounter = remaining <= counterThreshold;

  const send = () => {
    if (!canSend) return;
    onSend(value.trim());
    update('');
    areaRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    textareaProps?.onKeyDown?.(event);
    if (event.defaultPrevented) return;
    // Enter sends; Shift+Enter (and Enter while an IME composes) inserts a line break.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    textareaProps?.onPaste?.(event);
    if (event.defaultPrevented) return;
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
  return (
    <Form {...rest} onSubmit={onSubmit} data-disabled={disabled || undefined} data-can-send={canSend}>
      {startSlot}
      <Field>
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
          onChange={(event) => update(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
        {showCounter ? (
          <Counter id={counterId} aria-live="polite" data-over={remaining < 0}>
            {t.charactersLeft(Math.max(0, remaining))}
          </Counter>
        ) : null}
      </Field>
      <IconButton
        type="submit"
        variant="primary"
        label={sendLabel ?? t.send}
        icon={<SendIcon size={18} data-directional />}
        size={40}
        disabled={!canSend}
      />
    </Form>
  );
});
