/**
 * jsdom has no layout. This installs just enough geometry for the virtualizer, honestly derived
 * from the DOM the list renders: the `log` scroller has a fixed viewport height and a
 * scrollHeight equal to its content's styled height; each measured row (`data-index`) gets a
 * height from `rowHeight`. scrollTop is jsdom's own (settable) property. The scroller is found by
 * its role: `log` (MessageList) unless `scrollerRole` says otherwise (ChatList's `listbox`).
 */
export interface MockLayoutOptions {
  viewportHeight?: number;
  width?: number;
  rowHeight?: (row: HTMLElement) => number;
  scrollerRole?: string;
}

export function mockChatLayout({ viewportHeight = 400, width = 600, rowHeight = () => 50, scrollerRole = 'log' }: MockLayoutOptions = {}) {
  const proto = HTMLElement.prototype;
  const saved = (['clientHeight', 'clientWidth', 'scrollHeight', 'offsetHeight', 'offsetWidth'] as const).map(
    (prop) => [prop, Object.getOwnPropertyDescriptor(proto, prop)] as const,
  );
  const isScroller = (el: HTMLElement) => el.getAttribute('role') === scrollerRole;
  const isRow = (el: HTMLElement) => el.hasAttribute('data-index');
  Object.defineProperties(proto, {
    clientHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return isScroller(this) ? viewportHeight : 0;
      },
    },
    clientWidth: {
      configurable: true,
      get(this: HTMLElement) {
        return isScroller(this) ? width : 0;
      },
    },
    scrollHeight: {
      configurable: true,
      get(this: HTMLElement) {
        if (!isScroller(this)) return 0;
        const inner = this.firstElementChild as HTMLElement | null;
        return Math.max(viewportHeight, parseFloat(inner?.style.height ?? '') || 0);
      },
    },
    offsetHeight: {
      configurable: true,
      get(this: HTMLElement) {
        if (isRow(this)) return rowHeight(this);
        return isScroller(this) ? viewportHeight : 0;
      },
    },
    offsetWidth: {
      configurable: true,
      get(this: HTMLElement) {
        return isScroller(this) || isRow(this) ? width : 0;
      },
    },
  });
  return () => {
    for (const [prop, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, prop, descriptor);
      else delete (proto as unknown as Record<string, unknown>)[prop];
    }
  };
}

/** Where a rendered row sits in the list's content (from its translateY). */
export function rowTop(row: HTMLElement): number {
  const match = /translate(?:Y\(|3d\([^,]+,\s*)(-?[\d.]+)px/.exec(row.style.transform);
  if (!match) throw new Error(`row has no translateY: "${row.style.transform}"`);
  return Number(match[1]);
}
