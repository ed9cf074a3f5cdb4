/** The app's few client-side routes; the server answers every one of them with index.html. */
export type Route = { name: "login" } | { name: "register" } | { name: "chats" } | { name: "chat"; partnerId: number };

export function parseRoute(pathname: string): Route {
  if (pathname === "/login") return { name: "login" };
  if (pathname === "/register") return { name: "register" };
  const match = /^\/chat\/(\d{1,15})\/?$/.exec(pathname);
  if (match) return { name: "chat", partnerId: Number(match[1]) };
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
    default:
      return "/";
  }
}
