import { useEffect } from "react";

/**
 * Rendered beside a page's content, inside the same Suspense boundary, so it commits with it: the mark
 * the browser tests read as "time to first render" is set once the first screen is on the page.
 */
export function FirstScreenMark() {
  useEffect(() => {
    if (performance.getEntriesByName("app-first-render").length === 0) performance.mark("app-first-render");
  }, []);
  return null;
}
