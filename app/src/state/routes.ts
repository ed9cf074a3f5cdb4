import { type ConversationKey, groupKey, isGroupKey, keyId, userKey } from "@chat-app/client";

/** The app's few client-side routes; the server answers every one of them with index.html. */
export type Route =
  { name: "login" } | { name: "register" } | { name: "chats" } | { name: "chat"; partnerId: number } | { name: "group"; groupId: number };

export function parseRoute(pathname: string): Route {
  if (pathname === "/login") return { name: "login" };
  if (pathname === "/register") return { name: "register" };
  const chat = /^\/chat\/(\d{1,15})\/?$/.exec(pathname);
  if (chat) return { name: "chat", partnerId: Number(chat[1]) };
  const group = /^\/group\/(\d{1,15})\/?$/.exec(pathname);
  if (group) return { name: "group", groupId: Number(group[1]) };
  return { name: "chats" };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case "login":
      return "/login";
    case "register":
      return "/register";
    case "chat":
      return `/chat/${route.partnerId}`;
    case "group":
      return `/group/${route.groupId}`;
    default:
      return "/";
  }
}

/** The route that shows a conversation. */
export function routeOf(key: ConversationKey): Route {
  return isGroupKey(key) ? { name: "group", groupId: keyId(key) } : { name: "chat", partnerId: keyId(key) };
}

/** The conversation a route shows, if any. */
export function openKeyOf(route: Route): ConversationKey | null {
  if (route.name === "chat") return userKey(route.partnerId);
  if (route.name === "group") return groupKey(route.groupId);
  return null;
}
