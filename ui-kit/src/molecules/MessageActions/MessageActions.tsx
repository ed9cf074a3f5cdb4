import {
  forwardRef,
  useCallback,
  useId,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type FocusEvent,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { styled } from 'styled-components';
import { IconButton } from '../../atoms/IconButton/IconButton';
import { HiddenParts } from '../../locale/HiddenParts';
import { useKitLocale } from '../../locale/useKitLocale';
import type { ChatMessage } from '../../types';
import { copyText } from '../../utils/copyText';
import { assignRef } from '../../utils/ids';
import { MoreIcon } from '../../utils/icons';
import { takeEscape } from '../../utils/keys';
import { base, color, fontSize, radius, shadow, space } from '../../utils/theme';
import { useControllableState } from '../../utils/useControllableState';
import { VisuallyHidden } from '../../utils/VisuallyHidden';

type Handler = (message: ChatMessage) => void;

/** What a message offers; each action shows only when its handler is given and it applies. */
export interface MessageActionHandlers {
  onReply?: Handler;
  /** "React": opens a way to add a reaction (the bubble opens its ReactionPicker). */
  onReact?: Handler;
  onForward?: Handler;
  /** "Pin" or, for a `pinned` message, "Unpin". */
  onTogglePin?: Handler;
  /** Own messages only. */
  onEdit?: Handler;
  /** Own messages only. */
  onDelete?: Handler;
  /** Others' messages only: to the instance's admins (the owner asks why). */
  onReport?: Handler;
}

export interface MessageActionsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, MessageActionHandlers {
  message: ChatMessage;
  /** The reader's own message: Edit and Delete apply. */
  own?: boolean;
  /** Offer "Copy text" for a message with text. Default true. */
  copyable?: boolean;
  /** Controlled open state (a long-press on the bubble opens it); with `onOpenChange`. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The "More actions" button: where an owner returns focus once what an item opened closes (an editor). */
  triggerRef?: Ref<HTMLButtonElement>;
}

export type MessageActionKey = 'reply' | 'react' | 'forward' | 'pin' | 'copy' | 'edit' | 'delete' | 'report';
type ActionKey = MessageActionKey;

/**
 * The actions that apply to `message`, in menu order: none on a system notice, a deleted message
 * (its text is gone too) or one the server does not have yet (sending, failed).
 */
export function messageActionKeys(message: ChatMessage, own: boolean, handlers: MessageActionHandlers, copyable = true): ActionKey[] {
  if (message.kind === 'system' || message.deleted || message.status === 'sending' || message.status === 'failed') return [];
  const all: [ActionKey, boolean][] = [
    ['reply', Boolean(handlers.onReply)],
    ['react', Boolean(handlers.onReact)],
    ['forward', Boolean(handlers.onForward)],
    ['pin', Boolean(handlers.onTogglePin)],
    ['copy', copyable && message.text !== ''],
    ['edit', own && Boolean(handlers.onEdit)],
    ['delete', own && Boolean(handlers.onDelete)],
    ['report', !own && Boolean(handlers.onReport)],
  ];
  return all.filter(([, shown]) => shown).map(([key]) => key);
}

const Root = styled.div`
  ${base}
  position: relative;
  display: inline-flex;
`;

const Menu = styled.div`
  position: absolute;
  inset-block-start: calc(100% + ${space('xxs')});
  inset-inline-end: 0;
  z-index: 3;
  display: flex;
  flex-direction: column;
  min-width: 10rem;
  padding: ${space('xxs')} 0;
  border: 1px solid ${color('border')};
  border-radius: ${radius('md')};
  background: ${color('surface')};
  box-shadow: ${shadow('md')};
  [data-own='false'] & {
    inset-inline-end: auto;
    inset-inline-start: 0;
  }
`;

const Item = styled.button`
  display: block;
  width: 100%;
  padding: ${space('xs')} ${space('md')};
  border: none;
  background: none;
  color: ${color('text')};
  font: inherit;
  font-size: ${fontSize('sm')};
  text-align: start;
  cursor: pointer;
  &:hover,
  &:focus {
    background: ${color('surfaceSelected')};
    outline: none;
  }
  &[data-action='delete'] {
    color: ${color('danger')};
  }
`;

const NEXT: Record<string, ((at: number, count: number) => number) | undefined> = {
  ArrowDown: (at, n) => (at + 1) % n,
  ArrowUp: (at, n) => (at - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * "More actions" and the menu it opens (the WAI-ARIA menu pattern): ↓/↑ move (wrapping), Home/End
 * go to the ends, Enter or Space picks, Escape closes with focus back on the button, Tab or a click
 * elsewhere closes. "Copy text" puts the text on the clipboard and announces "Copied". Renders
 * nothing when no action applies. State: `data-open`.
 */
export const MessageActions = forwardRef<HTMLDivElement, MessageActionsProps>(function MessageActions(
  {
    message,
    own = false,
    copyable = true,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    triggerRef: triggerRefProp,
    onReply,
    onReact,
    onForward,
    onTogglePin,
    onEdit,
    onDelete,
    onReport,
    onKeyDown,
    onBlur,
    ...rest
  },
  ref,
) {
  const { messages: t } = useKitLocale();
  const [open, setOpen] = useControllableState({ prop: openProp, defaultProp: defaultOpen, onChange: onOpenChange });
  // The live region is put in as a copy starts and filled once it worked, so that it is announced;
  // only then, so that a list of messages does not hold a live region per message.
  const [copy, setCopy] = useState<'idle' | 'copying' | 'copied'>('idle');
  const triggerRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  // Which item takes focus as the menu opens: the first, or the last after ↑ on the button.
  const focusAt = useRef<'first' | 'last'>('first');
  const focusItem = useCallback((node: HTMLElement | null) => {
    const item = focusAt.current === 'last' ? node?.lastElementChild : node?.firstElementChild;
    (item as HTMLElement | null | undefined)?.focus();
  }, []);
  const handlers = { onReply, onReact, onForward, onTogglePin, onEdit, onDelete, onReport };
  const keys = messageActionKeys(message, own, handlers, copyable);
  if (keys.length === 0) return null;

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) triggerRef.current?.focus();
  };
  const run: Record<ActionKey, () => void> = {
    reply: () => onReply?.(message),
    react: () => onReact?.(message),
    forward: () => onForward?.(message),
    pin: () => onTogglePin?.(message),
    copy: () => {
      setCopy('copying');
      void copyText(message.text).then((done) => setCopy(done ? 'copied' : 'idle'));
    },
    edit: () => onEdit?.(message),
    delete: () => onDelete?.(message),
    report: () => onReport?.(message),
  };
  const labels: Record<ActionKey, string> = {
    reply: t.reply,
    react: t.react,
    forward: t.forward,
    pin: message.pinned ? t.unpin : t.pin,
    copy: t.copyText,
    edit: t.editAction,
    delete: t.deleteAction,
    report: t.reportAction,
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Tab') {
      close(false);
      return;
    }
    const next = NEXT[event.key];
    if (!next) return;
    const items = Array.from(event.currentTarget.children) as HTMLElement[];
    event.preventDefault();
    items[next(items.indexOf(event.target as HTMLElement), items.length)]?.focus();
  };
  const onTriggerKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    focusAt.current = event.key === 'ArrowUp' ? 'last' : 'first';
    setOpen(true);
  };
  return (
    <Root
      ref={ref}
      data-open={open || undefined}
      data-own={own}
      {...rest}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (open && takeEscape(event)) close(true);
      }}
      onBlur={(event: FocusEvent<HTMLDivElement>) => {
        onBlur?.(event);
        if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <IconButton
        ref={(node: HTMLButtonElement | null) => {
          triggerRef.current = node;
          assignRef(triggerRefProp, node);
        }}
        label={t.moreActions}
        icon={<MoreIcon size={16} />}
        size={28}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onKeyDown={onTriggerKey}
        onClick={() => {
          focusAt.current = 'first';
          setCopy('idle');
          setOpen(!open);
        }}
      />
      {open ? (
        <Menu id={menuId} role="menu" aria-label={t.messageActions} ref={focusItem} onKeyDown={onMenuKey}>
          {keys.map((key) => (
            <Item
              key={key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-action={key}
              onClick={() => {
                close(true);
                run[key]();
              }}
            >
              <HiddenParts text={labels[key]} />
            </Item>
          ))}
        </Menu>
      ) : null}
      {copy !== 'idle' ? <VisuallyHidden role="status">{copy === 'copied' ? t.copied : ''}</VisuallyHidden> : null}
    </Root>
  );
});
