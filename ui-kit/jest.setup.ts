import '@testing-library/jest-dom';
import { toHaveNoViolations } from 'jest-axe';

expect.extend(toHaveNoViolations);

// jsdom implements no scrolling: give elements the scrollTo the browser has (sets the offset now,
// fires `scroll` asynchronously as browsers do), so the virtualizer's scroll writes are observable.
if (typeof Element !== 'undefined' && typeof Element.prototype.scrollTo !== 'function') {
  Element.prototype.scrollTo = function scrollTo(this: Element, optionsOrX?: ScrollToOptions | number, y?: number) {
    const top = typeof optionsOrX === 'object' ? optionsOrX.top : y;
    const left = typeof optionsOrX === 'object' ? optionsOrX.left : optionsOrX;
    if (typeof top === 'number') this.scrollTop = top;
    if (typeof left === 'number') this.scrollLeft = left;
    setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
  };
}
