import { forwardRef, useRef, useState, type ComponentPropsWithoutRef, type FocusEvent, type KeyboardEvent } from 'react';
import { styled } from 'styled-components';
import { IconButton } from '../../atoms/IconButton/IconButton';
import { useKitLocale } from '../../locale/useKitLocale';
import { SmilePlusIcon } from '../../utils/icons';
import { takeEscape } from '../../utils/keys';
import { base, color, radius, shadow, space } from '../../utils/theme';

/** The short set offered first (the full searchable picker is a later, lazily loaded part). */
export const FREQUENT_REACTIONS: readonly string[] = ['👍', '❤️', '😂', '😮', '😢', '🙏'];

export interface ReactionPickerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Called with the chosen emoji; the menu closes and focus returns to "Add reaction". */
  onPick: (emoji: string) => void;
  /** The emoji offered. Default: 👍 ❤️ 😂 😮 😢 🙏. */
  emojis?: readonly string[];
  disabled?: boolean;
  /** Opens with the menu shown (uncontrolled; stories, tests). */
  defaultOpen?: boolean;
}

const Root = styled.div`
  ${base}
  position: relative;
  display: inline-flex;
`;

const Menu = styled.div`
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

/** The first emoji takes focus as the menu opens (a stable ref callback: only on mount). */
const focusFirst = (node: HTMLElement | null) => (node?.firstChild as HTMLElement | null)?.focus();

const STEP: Record<string, number | undefined> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * "Add reaction": a button that opens a small menu of frequent emoji. Arrow keys move across the
 * set (mirrored right to left), Escape closes and focus returns to the
 * button; leaving the menu closes it. State: `data-open`.
 */
export const ReactionPicker = forwardRef<HTMLDivElement, ReactionPickerProps>(function ReactionPicker(
  { onPick, emojis = FREQUENT_REACTIONS, disabled = false, defaultOpen = false, onKeyDown, onBlur, ...rest },
  ref,
) {
  const { messages: t, dir } = useKitLocale();
  const [open, setOpen] = useState(defaultOpen);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
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
      {...rest}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (open && takeEscape(event)) close();
      }}
      onBlur={(event: FocusEvent<HTMLDivElement>) => {
        onBlur?.(event);
        if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
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
        onClick={() => setOpen((was) => !was)}
      />
      {open ? (
        <Menu role="menu" aria-label={t.addReaction} aria-orientation="horizontal" ref={focusFirst} onKeyDown={onMenuKey}>
          {emojis.map((emoji) => (
            <IconButton
              key={emoji}
              label={emoji}
              icon={emoji}
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close();
                onPick(emoji);
              }}
            />
          ))}
        </Menu>
      ) : null}
    </Root>
  );
});
