/**
 * The page a tapped notification opens: the server puts the conversation's `url` in the FCM data
 * (`/chat/<user id>` or `/group/<group id>`). Anything else is ignored rather than navigated to.
 */
export function conversationPath(data: unknown): string | null {
  const url = typeof data === "object" && data !== null ? (data as Record<string, unknown>).url : undefined;
  return typeof url === "string" && /^\/(chat|group)\/[1-9]\d{0,9}$/.test(url) ? url : null;
}
