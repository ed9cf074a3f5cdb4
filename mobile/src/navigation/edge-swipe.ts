/** How far from the screen's leading edge a swipe back may start (iOS's own is about this wide). */
export const EDGE_PX = 24;

interface Swipe {
  startX: number;
  deltaX: number;
  /** px per ms, positive to the right. */
  velocityX: number;
  width: number;
  rtl: boolean;
}

/** Whether a touch at `startX` is on the leading edge (the left one, the right one right to left). */
export function startsOnEdge(startX: number, width: number, rtl: boolean): boolean {
  return rtl ? startX >= width - EDGE_PX : startX <= EDGE_PX;
}

/** Whether a finished swipe goes back: dragged a third of the way in, or flicked that way. */
export function completesBack({ startX, deltaX, velocityX, width, rtl }: Swipe): boolean {
  if (!startsOnEdge(startX, width, rtl)) return false;
  const inward = rtl ? -deltaX : deltaX;
  const speed = rtl ? -velocityX : velocityX;
  return inward > width / 3 || (inward > 40 && speed > 0.3);
}
