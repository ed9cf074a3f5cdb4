import { useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";

/**
 * Registers the service worker in a production build, once the page has loaded (so it never
 * competes with the first screen, whose JavaScript does not carry it), and follows it: the answer
 * is the "Reload" action once a new version waits (null until then).
 */
export function useServiceWorker(): (() => void) | null {
  const [activate, setActivate] = useState<(() => void) | null>(null);
  const navigate = useNavigate();
  useEffect(() => {
    if (!import.meta.env.PROD) return;
    const register = () =>
      void import("./service-worker")
        .then(({ registerServiceWorker }) =>
          registerServiceWorker({ updateReady: (next) => setActivate(() => next), open: (path) => navigate(path) }),
        )
        .catch(() => undefined);
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => window.removeEventListener("load", register);
  }, [navigate]);
  return activate;
}
