import { elementScroll, observeElementOffset, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>;

/**
 * Keeps the virtualizer's size-change corrections right while a script scrolls the list.
 *
 * The virtualizer learns where the scroller is from scroll events, and a `scrollTop` written by a
 * script (an animated scroll, one write per frame) is reported only in the next frame's scroll
 * event. Rows measured in between (the ResizeObserver runs after that frame's layout) were judged
 * "above the viewport" against the old position and corrected by writing `old position + delta`,
 * an absolute position that undid the script's write: every other frame of an animated scroll was
 * lost. Here the correction is judged against, and applied to, where the element really is:
 *
 * - `known`: where the virtualizer believes the element is (in element coordinates): what the
 *   last scroll event reported, or what its last write asked for;
 * - `moved(instance)`: how far something else (a script) has moved the element since;
 * - `shouldAdjust`: the virtualizer's default predicate (a first measurement adjusts when the row
 *   starts above the viewport, a re-measurement when it is entirely above and the reader is not
 *   scrolling back), read against the real position;
 * - `scrollToFn`: a correction (`adjustments`) is applied relative to the real position; any other
 *   write (scrollToOffset / scrollToIndex / scrollToEnd) is absolute and wins, as before.
 */
export function createScrollSync() {
  let known: number | null = null;
  const moved = (instance: ListVirtualizer): number => {
    const el = instance.scrollElement;
    if (!el || known === null) return 0;
    const distance = el.scrollTop - known;
    // Writes can be rounded to whole (or device) pixels: the virtualizer allows 1.5 px for that too.
    return Math.abs(distance) > 1.5 ? distance : 0;
  };
  return {
    observeElementOffset: (instance: ListVirtualizer, cb: (offset: number, isScrolling: boolean) => void) =>
      observeElementOffset(instance, (offset, isScrolling) => {
        known = offset;
        cb(offset, isScrolling);
      }),
    scrollToFn: (offset: number, options: { adjustments?: number; behavior?: ScrollBehavior }, instance: ListVirtualizer) => {
      const adjustments = options.adjustments ?? 0;
      const foreign = adjustments !== 0 ? moved(instance) : 0;
      // The virtualizer now believes the element is at offset + adjustments; a script's move that
      // it has not been told about yet stays on top of that until the scroll event reports it.
      known = offset + adjustments;
      elementScroll(offset + foreign, options, instance);
    },
    shouldAdjust: (item: VirtualItem, _delta: number, instance: ListVirtualizer): boolean => {
      const offset = (instance.scrollOffset ?? 0) + moved(instance);
      const firstMeasure = !instance.itemSizeCache.has(item.key);
      return firstMeasure ? item.start < offset : item.end <= offset && instance.scrollDirection !== 'backward';
    },
  };
}
