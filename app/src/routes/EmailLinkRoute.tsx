import { lazy, Suspense } from "react";
import { Navigate, useLocation, useNavigate } from "react-router-dom";
import { FirstScreenMark } from "./FirstScreenMark";
import { PATHS, passwordResetState } from "./paths";
import { useSessionContext } from "./SessionContext";

// One chunk for the three pages, none of them on the log-in page's first load. The router's hooks
// stay here and the chunk gets plain props: importing react-router-dom there made the bundler split
// a shared chunk out of the entry, which cost the log-in page about 1.8 KB gzip.
const load = () => import("../screens/EmailLinkPages");
const ForgotPasswordPage = lazy(() => load().then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => load().then((m) => ({ default: m.ResetPasswordPage })));
const VerifyEmailPage = lazy(() => load().then((m) => ({ default: m.VerifyEmailPage })));

export type EmailLinkPage = "forgotPassword" | "resetPassword" | "verifyEmail";

/**
 * "Forgot password?" (for people not logged in) and the pages the mails' links open (logged in or
 * not). Setting a password ends every session of the account, this browser's too, so success goes
 * to log-in with a notice.
 */
export function EmailLinkRoute({ page }: { page: EmailLinkPage }) {
  const { session, logout } = useSessionContext();
  const location = useLocation();
  const navigate = useNavigate();
  // Not useSearchParams: the entry would carry its code for this one read.
  const token = new URLSearchParams(location.search).get("token");
  const baseUrl = window.location.origin;
  if (page === "forgotPassword" && session) return <Navigate to={PATHS.chats} replace />;
  return (
    <Suspense fallback={null}>
      {page === "forgotPassword" ? (
        <ForgotPasswordPage
          baseUrl={baseUrl}
          loginHref={PATHS.login}
          // The page asked for before log-in is still wanted after it.
          onLogin={() => navigate(PATHS.login, { state: location.state as unknown })}
        />
      ) : page === "resetPassword" ? (
        <ResetPasswordPage
          baseUrl={baseUrl}
          token={token}
          forgotHref={PATHS.forgotPassword}
          onAskAgain={() => navigate(PATHS.forgotPassword)}
          onDone={() => {
            if (session) logout();
            navigate(PATHS.login, { replace: true, state: passwordResetState() });
          }}
        />
      ) : (
        <VerifyEmailPage baseUrl={baseUrl} token={token} />
      )}
      <FirstScreenMark />
    </Suspense>
  );
}
