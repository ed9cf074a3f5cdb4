import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useEffect, useMemo, useRef, useState, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import { SearchField } from '../../molecules/SearchField/SearchField';
import { base, color, focusRing, fontSize, radius, shadow, space } from '../../utils/theme';
import { EMOJI, searchEmoji, type EmojiEntry } from './emojiData';

export interface EmojiPickerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onSelect'> {
  /** Called with the chosen emoji. */
  onPick: (emoji: string) => void;
  /** Emoji per row. Default 8. */
  columns?: number;
  /** Focus the search field on mount (default true). */
  autoFocus?: boolean;
  /** Starts with this search (stories, tests, or a ":smi" typed in the composer). */
  defaultQuery?: string;
  /** The emoji offered; default every emoji of Emojibase's English data. */
  emojis?: readonly EmojiEntry[];
}

const CELL = 36;

const Root = styled.div`
  ${base}
  display: flex;
  flex-direction: column;
  gap: ${space('xs')};
  padding: ${space('sm')};
  border: 1px solid ${color('border')};
  border-radius: ${radius('md')};
  background: ${color('surface')};
  box-shadow: ${shadow('md')};
`;

const Grid = styled.div<{ $columns: number }>`
  position: relative;
  width: ${(p) => p.$columns * CELL}px;
  height: ${CELL * 7}px;
  overflow-y: auto;
  overscroll-behavior: contain;
`;

const Row = styled.div`
  position: absolute;
  top: 0;
  inset-inline-start: 0;
  display: flex;
`;

const Cell = styled.button`
  all: unset;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: ${CELL}px;
  height: ${CELL}px;
  border-radius: ${radius('sm')};
  font-size: 22px;
  cursor: pointer;
  &:hover {
    background: ${color('surfaceSelected')};
  }
  ${focusRing}
`;

const Empty = styled.p`
  margin: 0;
  padding: ${space('lg')} 0;
  color: ${color('textMuted')};
  font-size: ${fontSize('sm')};
  text-align: center;
`;

/**
 * The full emoji picker, loaded on demand (ReactionPicker's "More emoji"): a search field (names
 * and keywords, English for now) over a virtualized grid. The grid follows the ARIA grid pattern:
 * one tab stop, arrow keys move (left and right mirrored right to left), Home/End go to the row's
 * ends, Page Up/Down by a screen, Arrow Down from the search field enters it, Enter picks; Enter
 * in the search field picks the first result. State: `data-results`.
 */
export const EmojiPicker = forwardRef<HTMLDivElement, EmojiPickerProps>(function EmojiPicker(
  { onPick, columns = 8, autoFocus = true, defaultQuery = '', emojis = EMOJI, ...rest },
  ref,
) {
  const { messages: t, dir } = useKitLocale();
  const [query, setQuery] = useState(defaultQuery);
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchEmoji(query, emojis), [query, emojis]);
  const rowCount = Math.ceil(results.length / columns);
  const gridRef = useRef<HTMLDivElement>(null);
  const wantFocus = useRef(false);
  const searchRef = useRef<HTMLInputElement>(null);
  // The search field takes focus as the picker opens (SearchField calls its ref on every render).
  useEffect(() => {
    if (autoFocus) searchRef.current?.focus();
  }, [autoFocus]);
  const virtualizer = useVirtualizer({ count: rowCount, getScrollElement: () => gridRef.current, estimateSize: () => CELL, overscan: 3 });
  const current = Math.min(active, Math.max(0, results.length - 1));

  // A cell in the DOM takes focus now; one scrolled to takes it as it renders (its ref callback).
  const focusCell = (index: number) => {
    setActive(index);
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-emoji-index="${index}"]`);
    wantFocus.current = !cell;
    cell?.focus();
    virtualizer.scrollToIndex(Math.floor(index / columns));
  };

  const onGridKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const flip = dir === 'rtl' ? -1 : 1;
    const page = columns * 6;
    const last = results.length - 1;
    const rowStart = current - (current % columns);
    const moves: Record<string, number> = {
      ArrowRight: current + flip,
      ArrowLeft: current - flip,
      ArrowDown: current + columns,
      ArrowUp: current - columns,
      Home: event.ctrlKey ? 0 : rowStart,
      End: event.ctrlKey ? last : Math.min(rowStart + columns - 1, last),
      PageDown: current + page,
      PageUp: current - page,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusCell(Math.max(0, Math.min(last, next)));
  };

  return (
    <Root ref={ref} data-results={results.length} {...rest}>
      <SearchField
        label={t.searchEmoji}
        value={query}
        ref={searchRef}
        onValueChange={(value) => {
          setQuery(value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && results.length > 0) {
            event.preventDefault();
            focusCell(0);
          } else if (event.key === 'Enter' && results[0]) {
            event.preventDefault();
            onPick(results[0].emoji);
          }
        }}
      />
      {results.length === 0 ? (
        <Empty role="status">{t.noEmojiFound}</Empty>
      ) : (
        <Grid
          ref={gridRef}
          $columns={columns}
          role="grid"
          aria-label={t.emojiPicker}
          aria-rowcount={rowCount}
          aria-colcount={columns}
          onKeyDown={onGridKey}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => (
              <Row key={item.key} role="row" aria-rowindex={item.index + 1} style={{ transform: `translateY(${item.start}px)` }}>
                {results.slice(item.index * columns, item.index * columns + columns).map((entry, i) => {
                  const index = item.index * columns + i;
                  return (
                    <Cell
                      key={entry.emoji}
                      type="button"
                      role="gridcell"
                      aria-colindex={i + 1}
                      aria-label={entry.name}
                      title={entry.name}
                      tabIndex={index === current ? 0 : -1}
                      data-emoji-index={index}
                      ref={(node) => {
                        if (node && index === current && wantFocus.current) {
                          wantFocus.current = false;
                          node.focus();
                        }
                      }}
                      onFocus={() => setActive(index)}
                      onClick={() => onPick(entry.emoji)}
                    >
                      {entry.emoji}
                    </Cell>
                  );
                })}
              </Row>
            ))}
          </div>
        </Grid>
      )}
    </Root>
  );
});
