import { BrowserRouter, useRoutes } from "react-router-dom";
import { NotFound } from "../screens/NotFound";
import { AppLayout } from "./AppLayout";
import { AdminRoute } from "./AdminRoute";
import { AuthRoute } from "./AuthRoute";
import { ConversationsRoute } from "./ConversationsRoute";
import { EmailLinkRoute } from "./EmailLinkRoute";
import { appRoutes } from "./tree";

/**
 * react-router 7's relative splat paths, on now. Not v7_startTransition: a navigation must render in
 * the same batch as the state set beside it (a search hit sets the message to highlight, then opens
 * its conversation; a render in between would see the old conversation and drop the highlight).
 */
const FUTURE = { v7_startTransition: false, v7_relativeSplatPath: true } as const;

const ROUTES = appRoutes({
  layout: <AppLayout />,
  login: <AuthRoute mode="login" />,
  register: <AuthRoute mode="register" />,
  forgotPassword: <EmailLinkRoute page="forgotPassword" />,
  resetPassword: <EmailLinkRoute page="resetPassword" />,
  verifyEmail: <EmailLinkRoute page="verifyEmail" />,
  conversations: <ConversationsRoute />,
  admin: <AdminRoute />,
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
