import { useCallback, useSyncExternalStore } from "react";
import { parseRoute, routePath, type Route } from "../state/routes";

const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("popstate", onChange);
  };
}

/** The current route from the address bar, and navigation with the History API (back button works). */
export function useRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const pathname = useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => "/",
  );
  const navigate = useCallback((route: Route, options?: { replace?: boolean }) => {
    const path = routePath(route);
    if (path === window.location.pathname) return;
    if (options?.replace) window.history.replaceState(null, "", path);
    else window.history.pushState(null, "", path);
    for (const listener of listeners) listener();
  }, []);
  return [parseRoute(pathname), navigate];
}
