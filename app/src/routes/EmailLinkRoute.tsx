import { lazy, Suspense } from "react";

// One chunk for the three pages: none of them is on the log-in page's first load.
const load = () => import("./EmailLinkRoutes");
const PAGES = {
  forgotPassword: lazy(() => load().then((m) => ({ default: m.ForgotPasswordRoute }))),
  resetPassword: lazy(() => load().then((m) => ({ default: m.ResetPasswordRoute }))),
  verifyEmail: lazy(() => load().then((m) => ({ default: m.VerifyEmailRoute }))),
};

/** "Forgot password?" and the pages the mail's links open, loaded when one is shown. */
export function EmailLinkRoute({ page }: { page: keyof typeof PAGES }) {
  const Page = PAGES[page];
  return (
    <Suspense fallback={null}>
      <Page />
    </Suspense>
  );
}
