/// <reference lib="webworker" />

/** What the server pushes (server/src/push): a message's notification, already worded. */
interface PushPayload {
  title?: unknown;
  body?: unknown;
  tag?: unknown;
  url?: unknown;
}

interface Shown {
  title: string;
  options: NotificationOptions;
}

const ICON = "/icons/icon-192.png";

/** A push's notification; a payload that cannot be read still says something arrived. */
export function notificationFromPush(text: string | null): Shown {
  let payload: PushPayload = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === "object") payload = parsed;
  } catch {
    // Not JSON: the generic notification below.
  }
  const title = typeof payload.title === "string" && payload.title ? payload.title : "New message";
  const url = typeof payload.url === "string" && payload.url.startsWith("/") && !payload.url.startsWith("//") ? payload.url : "/";
  return {
    title,
    options: {
      body: typeof payload.body === "string" ? payload.body : "",
      icon: ICON,
      badge: ICON,
      // One notification per conversation: a newer message replaces the older one.
      ...(typeof payload.tag === "string" && payload.tag ? { tag: payload.tag } : {}),
      data: { url },
    },
  };
}

/** A click: the app's open window goes to the conversation (focused), or a new one opens there. */
export async function openConversation(worker: ServiceWorkerGlobalScope, data: unknown): Promise<void> {
  const url = data && typeof data === "object" && typeof (data as { url?: unknown }).url === "string" ? (data as { url: string }).url : "/";
  const target = new URL(url, worker.location.origin).href;
  const windows = await worker.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === worker.location.origin);
  if (open) {
    // focus() needs the click's user activation, which a browser may not grant: go there anyway.
    await open.focus().catch(() => undefined);
    // The page routes itself (src/pwa/service-worker.ts): its socket and state stay, and it works
    // for a window this worker does not control yet, where navigate() would be refused.
    open.postMessage({ type: "OPEN", url });
    return;
  }
  await worker.clients.openWindow(target);
}
