import { completesBack, EDGE_PX, startsOnEdge } from "./edge-swipe";

const WIDTH = 390;

describe("the edge swipe back", () => {
  it("starts only on the leading edge: the left one, the right one right to left", () => {
    expect(startsOnEdge(2, WIDTH, false)).toBe(true);
    expect(startsOnEdge(EDGE_PX + 1, WIDTH, false)).toBe(false);
    expect(startsOnEdge(WIDTH - 2, WIDTH, true)).toBe(true);
    expect(startsOnEdge(2, WIDTH, true)).toBe(false);
  });

  it("goes back after a third of the width, or a flick inward; not for a short or outward drag", () => {
    expect(completesBack({ startX: 2, deltaX: 200, velocityX: 0.1, width: WIDTH, rtl: false })).toBe(true);
    expect(completesBack({ startX: 2, deltaX: 60, velocityX: 0.8, width: WIDTH, rtl: false })).toBe(true);
    expect(completesBack({ startX: 2, deltaX: 60, velocityX: 0.1, width: WIDTH, rtl: false })).toBe(false);
    expect(completesBack({ startX: 2, deltaX: 20, velocityX: 2, width: WIDTH, rtl: false })).toBe(false);
    expect(completesBack({ startX: 100, deltaX: 250, velocityX: 1, width: WIDTH, rtl: false })).toBe(false);
    expect(completesBack({ startX: WIDTH - 2, deltaX: -200, velocityX: -0.1, width: WIDTH, rtl: true })).toBe(true);
    expect(completesBack({ startX: WIDTH - 2, deltaX: 200, velocityX: 1, width: WIDTH, rtl: true })).toBe(false);
  });
});
