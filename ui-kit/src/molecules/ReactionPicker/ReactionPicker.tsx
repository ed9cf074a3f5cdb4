import { forwardRef, lazy, Suspense, useRef, useState, type ComponentPropsWithoutRef, type FocusEvent, type KeyboardEvent } from 'react';
import { styled } from 'styled-components';
import { IconButton } from '../../atoms/IconButton/IconButton';
import { Spinner } from '../../atoms/Spinner/Spinner';
import { useKitLocale } from '../../locale/useKitLocale';
import { SmilePlusIcon } from '../../utils/icons';
import { takeEscape } from '../../utils/keys';
import { base, color, radius, shadow, space } from '../../utils/theme';

// The full picker and its data are a file of their own, fetched the first time "More emoji" is pressed.
const EmojiPicker = lazy(() => import('../../organisms/EmojiPicker').then((module) => ({ default: module.EmojiPicker })));

/** The short set offered first ("More emoji" loads the full searchable picker). */
export const FREQUENT_REACTIONS: readonly string[] = ['👍', '❤️', '😂', '😮', '😢', '🙏'];

export interface ReactionPickerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Called with the chosen emoji; the menu closes and focus returns to "Add reaction". */
  onPick: (emoji: string) => void;
  /** The emoji offered. Default: 👍 ❤️ 😂 😮 😢 🙏. */
  emojis?: readonly string[];
  disabled?: boolean;
  /** Opens with the menu shown (uncontrolled; stories, tests). */
  defaultOpen?: boolean;
  /** Offers "More emoji": the full searchable picker, loaded when first opened (default true). */
  moreEmoji?: boolean;
  /** Opens with the full picker shown (stories, tests). */
  defaultFull?: boolean;
}

const Root = styled.div`
  ${base}
  position: relative;
  display: inline-flex;
`;

const Popup = styled.div`
  position: absolute;
  inset-block-end: calc(100% + ${space('xxs')});
  inset-inline-start: 0;
  z-index: 2;
  display: flex;
  gap: ${space('xxs')};
  padding: ${space('xxs')};
  border: 1px solid ${color('border')};
  border-radius: ${radius('round')};
  background: ${color('surface')};
  box-shadow: ${shadow('md')};
  font-size: 20px;
`;

const Menu = styled.div`
  display: flex;
  gap: ${space('xxs')};
`;

const Full = styled.div`
  position: absolute;
  inset-block-end: calc(100% + ${space('xxs')});
  inset-inline-start: 0;
  z-index: 2;
  min-width: 120px;
  &[aria-busy='true'] {
    padding: ${space('sm')};
    border-radius: ${radius('md')};
    background: ${color('surface')};
    box-shadow: ${shadow('md')};
  }
`;

/** The full picker's place while its file loads: a dialog with a spinner. */
export function EmojiPickerLoading(props: ComponentPropsWithoutRef<'div'>) {
  const { messages: t } = useKitLocale();
  return (
    <Full role="dialog" aria-label={t.emojiPicker} aria-busy="true" {...props}>
      <Spinner size={16} label={t.loadingEmoji} />
    </Full>
  );
}

/** The first emoji takes focus as the menu opens (a stable ref callback: only on mount). */
const focusFirst = (node: HTMLElement | null) => (node?.firstChild as HTMLElement | null)?.focus();

const STEP: Record<string, number | undefined> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * "Add reaction": a button that opens a small menu of frequent emoji. Arrow keys move across the
 * set (mirrored right to left), Escape closes and focus returns to the
 * button; leaving the menu closes it. "More emoji" (after the menu, one Tab away) swaps it for the
 * full searchable EmojiPicker, a lazily loaded file (a spinner while it loads). State: `data-open`,
 * `data-full`.
 */
export const ReactionPicker = forwardRef<HTMLDivElement, ReactionPickerProps>(function ReactionPicker(
  { onPick, emojis = FREQUENT_REACTIONS, disabled = false, defaultOpen = false, moreEmoji = true, defaultFull = false, onKeyDown, onBlur, ...rest },
  ref,
) {
  const { messages: t, dir } = useKitLocale();
  const [open, setOpen] = useState(defaultOpen || defaultFull);
  const [full, setFull] = useState(defaultFull);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    setFull(false);
    triggerRef.current?.focus();
  };
  const pick = (emoji: string) => {
    close();
    onPick(emoji);
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEP[event.key];
    if (!step) return;
    const items = Array.from(event.currentTarget.children) as HTMLElement[];
    const at = items.indexOf(event.target as HTMLElement);
    // Left and right follow the reading direction.
    const by = dir === 'rtl' && /Left|Right/.test(event.key) ? -step : step;
    event.preventDefault();
    items[(at + by + items.length) % items.length]?.focus();
  };
  return (
    <Root
      ref={ref}
      data-open={open || undefined}
      data-full={(open && full) || undefined}
      {...rest}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (open && takeEscape(event)) close();
      }}
      onBlur={(event: FocusEvent<HTMLDivElement>) => {
        onBlur?.(event);
        if (open && !event.currentTarget.contains(event.relatedTarget)) {
          setOpen(false);
          setFull(false);
        }
      }}
    >
      <IconButton
        ref={triggerRef}
        label={t.addReaction}
        icon={<SmilePlusIcon size={16} />}
        size={28}
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      />
      {open && full ? (
        <Suspense fallback={<EmojiPickerLoading />}>
          <Full role="dialog" aria-label={t.emojiPicker}>
            <EmojiPicker onPick={pick} />
          </Full>
        </Suspense>
      ) : open ? (
        <Popup>
          <Menu role="menu" aria-label={t.addReaction} aria-orientation="horizontal" ref={focusFirst} onKeyDown={onMenuKey}>
            {emojis.map((emoji) => (
              <IconButton key={emoji} label={emoji} icon={emoji} role="menuitem" tabIndex={-1} onClick={() => pick(emoji)} />
            ))}
          </Menu>
          {moreEmoji ? (
            <IconButton
              label={t.moreEmoji}
              icon={<SmilePlusIcon size={16} />}
              aria-haspopup="dialog"
              onClick={() => {
                // Focus stays inside while the menu gives way to the picker (leaving would close it).
                triggerRef.current?.focus();
                setFull(true);
              }}
            />
          ) : null}
        </Popup>
      ) : null}
    </Root>
  );
});
