import { createGesture, useIonRouter } from "@ionic/react";
import { useEffect, useRef } from "react";
import { completesBack, startsOnEdge } from "./edge-swipe";

/**
 * iOS's swipe from the screen's leading edge goes back (the page then slides out with Ionic's iOS
 * transition). It replaces IonRouterOutlet's own swipe gesture: with @ionic/react-router 9.0.4,
 * after that gesture the next page pushed was never transitioned in and stayed invisible under the
 * chat list (no commit reached the outlet); going back by the router has no such state to lose.
 */
export function useEdgeSwipeBack(enabled: boolean): void {
  // The router's object changes with every route: read through a ref, so one gesture lives as long
  // as the hook and a drag under way is never torn down by a navigation.
  const ionRouter = useIonRouter();
  const router = useRef(ionRouter);
  useEffect(() => {
    router.current = ionRouter;
  });
  useEffect(() => {
    if (!enabled) return;
    const rtl = () => document.documentElement.dir === "rtl";
    // Where the finger came down. Ionic moves the detail's startX to where the drag crossed the
    // threshold, which after a fast flick (or touch moves the browser coalesced) is off the edge.
    let originX = 0;
    const gesture = createGesture({
      el: document.body,
      gestureName: "edge-swipe-back",
      gesturePriority: 40,
      threshold: 10,
      direction: "x",
      canStart: (detail) => {
        originX = detail.startX;
        return router.current.canGoBack() && startsOnEdge(originX, window.innerWidth, rtl());
      },
      onEnd: (detail) => {
        if (
          completesBack({ startX: originX, deltaX: detail.currentX - originX, velocityX: detail.velocityX, width: window.innerWidth, rtl: rtl() })
        ) {
          // After the gesture's own end: navigating from inside its handler never completed the page's transition.
          setTimeout(() => router.current.goBack(), 0);
        }
      },
    });
    gesture.enable(true);
    // A touch that starts on the edge is the app's: its moves are taken from the browser, or Chromium
    // turns the same horizontal overscroll into a history navigation of its own and the page goes
    // back twice. (Taps still click: only moves are held back.)
    let onEdge = false;
    const touchStarted = (event: TouchEvent) => {
      onEdge = event.touches.length === 1 && startsOnEdge(event.touches[0]!.clientX, window.innerWidth, rtl()) && router.current.canGoBack();
    };
    const touchMoved = (event: TouchEvent) => {
      if (onEdge && event.cancelable) event.preventDefault();
    };
    document.addEventListener("touchstart", touchStarted, { capture: true, passive: true });
    document.addEventListener("touchmove", touchMoved, { capture: true, passive: false });
    return () => {
      gesture.destroy();
      document.removeEventListener("touchstart", touchStarted, { capture: true });
      document.removeEventListener("touchmove", touchMoved, { capture: true });
    };
  }, [enabled]);
}

/** The edge swipe where the platform has it: iOS mode (Ionic sets `<html mode>`). */
export function EdgeSwipeBack() {
  useEdgeSwipeBack(document.documentElement.getAttribute("mode") === "ios");
  return null;
}
