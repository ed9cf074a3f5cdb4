/** What the page hears from its service worker. */
export interface ServiceWorkerHooks {
  /** A new version is installed and waiting; `activate` switches to it and reloads the page. */
  updateReady(activate: () => void): void;
  /** A notification was clicked while this window was not under the worker's control: go there. */
  open(path: string): void;
}

/**
 * Registers the app's service worker (app/src/service-worker/sw.ts, built as /sw.js) and watches
 * for a new version: one that is installed while an older one controls this page waits (it never
 * takes over a running tab by itself) until `activate` asks it to, then the page reloads under it.
 * By hand rather than with workbox-window: these few lines are all of it the app uses, and its
 * 2.3 KB gzip did not fit the app's JavaScript budget (docs/benchmarks.md).
 */
export async function registerServiceWorker(hooks: ServiceWorkerHooks): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const container = navigator.serviceWorker;
  container.addEventListener("message", (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; url?: unknown } | null;
    if (data?.type === "OPEN" && typeof data.url === "string" && data.url.startsWith("/") && !data.url.startsWith("//")) hooks.open(data.url);
  });
  // Messages wait until the page says it listens (an addEventListener alone does not start them).
  container.startMessages();

  const registration = await container.register("/sw.js", { scope: "/" });
  let offered: ServiceWorker | null = null;
  const offer = (worker: ServiceWorker | null) => {
    // Only an update: the first worker of a page that had none simply starts.
    if (!worker || worker === offered || !container.controller) return;
    offered = worker;
    hooks.updateReady(() => {
      container.addEventListener("controllerchange", () => window.location.reload(), { once: true });
      worker.postMessage({ type: "SKIP_WAITING" });
    });
  };
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    if (worker.state === "installed") offer(registration.waiting);
    else worker.addEventListener("statechange", () => worker.state === "installed" && offer(registration.waiting));
  };
  offer(registration.waiting);
  watch(registration.installing);
  registration.addEventListener("updatefound", () => watch(registration.installing));
}
