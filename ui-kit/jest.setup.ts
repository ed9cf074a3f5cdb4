import '@testing-library/jest-dom';
import { toHaveNoViolations } from 'jest-axe';

expect.extend(toHaveNoViolations);

// jsdom implements no scrolling: give elements the same scrollTo the browser has (sets the offset
// and fires `scroll`), so the virtualizer's own scroll writes are observable in tests.
if (typeof Element !== 'undefined' && typeof Element.prototype.scrollTo !== 'function') {
  Element.prototype.scrollTo = function scrollTo(
    this: Element,
    optionsOrX?: ScrollToOptions | number,
    y?: number,
  ) {
    const top = typeof optionsOrX === 'object' ? optionsOrX.top : y;
    const left = typeof optionsOrX === 'object' ? optionsOrX.left : optionsOrX;
    if (typeof top === 'number') this.scrollTop = top;
    if (typeof left === 'number') this.scrollLeft = left;
    this.dispatchEvent(new Event('scroll'));
  };
}
