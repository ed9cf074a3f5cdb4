import { forwardRef, useCallback, useId, useRef, useState, type ComponentPropsWithoutRef, type KeyboardEvent, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { Button } from '../../atoms/Button/Button';
import { useKitLocale } from '../../locale/useKitLocale';
import { QuotedMessage } from '../../molecules/QuotedMessage/QuotedMessage';
import type { ChatMessage } from '../../types';
import { assignRef } from '../../utils/ids';
import { takeEscape } from '../../utils/keys';
import { base, color, fontSize, radius, shadow, space } from '../../utils/theme';
import { trapTab } from '../ImageViewer/focusTrap';
import { FormAlert } from '../LoginForm/formParts';

/** The server's limit on a reason, after trimming. */
export const REPORT_REASON_MAX = 500;

export type ReportStatus = 'idle' | 'sending' | 'done';

export interface ReportDialogProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  open: boolean;
  /** The message being reported, previewed at the top. */
  message: ChatMessage;
  authorName: string;
  /** "Report" with the trimmed reason (1–500 characters); the owner sends it and sets `status`. */
  onReport: (reason: string) => void;
  /** Cancel, Close or Escape: the owner sets `open` to false; focus goes back to what opened it. */
  onClose: () => void;
  /** `sending`: Report is busy; `done`: the thanks replaces the form. */
  status?: ReportStatus;
  /** The server's refusal, shown as an alert. */
  error?: ReactNode;
  defaultReason?: string;
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
  padding: ${space('lg')};
  border-radius: ${radius('lg')};
  background: ${color('surface')};
  color: ${color('text')};
  box-shadow: ${shadow('md')};
  h2 {
    margin: 0;
    font-size: ${fontSize('lg')};
  }
  form,
  label {
    display: flex;
    flex-direction: column;
    gap: ${space('sm')};
    font-size: ${fontSize('sm')};
  }
  textarea {
    font: inherit;
    min-height: 5rem;
    padding: ${space('sm')};
    border: 1px solid ${color('border')};
    border-radius: ${radius('md')};
    background: ${color('background')};
    color: inherit;
  }
`;

const Counter = styled.span`
  align-self: flex-end;
  color: ${color('textMuted')};
  font-size: ${fontSize('xs')};
  &[data-over] {
    color: ${color('danger')};
  }
`;

const Buttons = styled.div`
  display: flex;
  justify-content: flex-end;
  gap: ${space('sm')};
`;

/**
 * "Report message": a modal dialog previewing the message, a "Reason" field (1–500 characters,
 * with a counter), "Report" and "Cancel"; once sent, the thanks and "Close". Focus moves to the
 * reason on open, Tab stays inside, Escape closes and focus returns to what opened it. State:
 * `data-status`.
 */
export const ReportDialog = forwardRef<HTMLDivElement, ReportDialogProps>(function ReportDialog(
  { open, message, authorName, onReport, onClose, status = 'idle', error, defaultReason = '', ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const [reason, setReason] = useState(defaultReason);
  const id = useId();
  const opener = useRef<HTMLElement | null>(null);
  const dialog = useRef<HTMLDivElement | null>(null);
  const dialogRef = useCallback(
    (node: HTMLDivElement | null) => {
      const closing = dialog.current;
      dialog.current = node;
      assignRef(ref, node);
      const active = document.activeElement;
      if (!node) {
        if (closing && (active === document.body || closing.contains(active)) && opener.current?.isConnected) opener.current.focus();
        return;
      }
      opener.current = active instanceof HTMLElement && !node.contains(active) ? active : null;
      node.querySelector<HTMLElement>('textarea, button')?.focus();
    },
    [ref],
  );
  if (!open) return null;

  const trimmed = reason.trim();
  const left = REPORT_REASON_MAX - trimmed.length;
  const sending = status === 'sending';
  const canReport = trimmed !== '' && left >= 0 && !sending;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (takeEscape(event)) onClose();
    else trapTab(event, dialog.current);
  };
  return (
    <Backdrop data-open>
      <Dialog
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        tabIndex={-1}
        data-status={status}
        onKeyDown={onKeyDown}
        {...rest}
      >
        <h2 id={`${id}-title`}>{t.reportMessage}</h2>
        <QuotedMessage authorName={authorName} excerpt={message.text} />
        {status === 'done' ? (
          <>
            <p role="status">{t.reported}</p>
            <Buttons>
              <Button variant="primary" onClick={onClose} ref={(node) => node?.focus()}>
                {t.close}
              </Button>
            </Buttons>
          </>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (canReport) onReport(trimmed);
            }}
          >
            <label>
              {t.reportReason}
              <textarea value={reason} onChange={(event) => setReason(event.target.value)} aria-describedby={`${id}-left`} readOnly={sending} />
            </label>
            <Counter id={`${id}-left`} data-over={left < 0 || undefined} aria-live="polite">
              {left < 0 ? t.tooLong(REPORT_REASON_MAX) : t.charactersLeft(left)}
            </Counter>
            {error ? <FormAlert role="alert">{error}</FormAlert> : null}
            <Buttons>
              <Button type="button" variant="secondary" onClick={onClose}>
                {t.cancel}
              </Button>
              <Button type="submit" variant="danger" disabled={!canReport} loading={sending}>
                {t.reportSubmit}
              </Button>
            </Buttons>
          </form>
        )}
      </Dialog>
    </Backdrop>
  );
});
