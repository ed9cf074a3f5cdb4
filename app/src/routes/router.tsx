import { BrowserRouter, useRoutes } from "react-router-dom";
import { NotFound } from "../screens/NotFound";
import { AppLayout } from "./AppLayout";
import { AuthRoute } from "./AuthRoute";
import { ConversationsRoute } from "./ConversationsRoute";
import { appRoutes } from "./tree";

/** react-router 6's behaviours that 7 makes the default, on now so the move is a version bump. */
const FUTURE = { v7_startTransition: true, v7_relativeSplatPath: true } as const;

const ROUTES = appRoutes({
  layout: <AppLayout />,
  login: <AuthRoute mode="login" />,
  register: <AuthRoute mode="register" />,
  conversations: <ConversationsRoute />,
  notFound: <NotFound />,
});

function AppRoutes() {
  return useRoutes(ROUTES);
}

/**
 * A BrowserRouter, not a data router (createBrowserRouter): the app has no loaders or actions, and the
 * data router's code would cost about 10 KB gzip on every page.
 */
export function AppRouter() {
  return (
    <BrowserRouter future={FUTURE}>
      <AppRoutes />
    </BrowserRouter>
  );
}
