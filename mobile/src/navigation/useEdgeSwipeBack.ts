import { createGesture, useIonRouter } from "@ionic/react";
import { useEffect } from "react";
import { completesBack, startsOnEdge } from "./edge-swipe";

/**
 * iOS's swipe from the screen's leading edge goes back (the page then slides out with Ionic's iOS
 * transition). It replaces IonRouterOutlet's own swipe gesture: with @ionic/react-router 9.0.4,
 * after that gesture the next page pushed was never transitioned in and stayed invisible under the
 * chat list (no commit reached the outlet); going back by the router has no such state to lose.
 */
export function useEdgeSwipeBack(enabled: boolean): void {
  const router = useIonRouter();
  useEffect(() => {
    if (!enabled) return;
    const rtl = () => document.documentElement.dir === "rtl";
    const gesture = createGesture({
      el: document.body,
      gestureName: "edge-swipe-back",
      gesturePriority: 40,
      threshold: 10,
      direction: "x",
      canStart: (detail) => router.canGoBack() && startsOnEdge(detail.startX, window.innerWidth, rtl()),
      onEnd: (detail) => {
        if (completesBack({ startX: detail.startX, deltaX: detail.deltaX, velocityX: detail.velocityX, width: window.innerWidth, rtl: rtl() })) {
          // After the gesture's own end: navigating from inside its handler never completed the page's transition.
          setTimeout(() => router.goBack(), 0);
        }
      },
    });
    gesture.enable(true);
    return () => gesture.destroy();
  }, [enabled, router]);
}

/** The edge swipe where the platform has it: iOS mode (Ionic sets `<html mode>`). */
export function EdgeSwipeBack() {
  useEdgeSwipeBack(document.documentElement.getAttribute("mode") === "ios");
  return null;
}
