import { AuthPage } from "@chat-app/ui-kit";
import type { ReactNode } from "react";
import { Navigate, useLocation, useNavigate, useSearchParams } from "react-router-dom";
import { useT } from "../i18n/useT";
import { ForgotPasswordPanel } from "../screens/ForgotPassword";
import { LanguagePicker } from "../screens/LanguagePicker";
import { ResetPasswordPanel } from "../screens/ResetPassword";
import { VerifyEmailPanel } from "../screens/VerifyEmail";
import { FirstScreenMark } from "./FirstScreenMark";
import { PATHS, passwordResetState } from "./paths";
import { useSessionContext } from "./SessionContext";

/** The pages "Forgot password?" and the mails' links open; EmailLinkRoute loads this module lazily. */

function Page({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  const t = useT();
  return (
    <AuthPage brand={t("app.name")} title={title} subtitle={subtitle} footer={<LanguagePicker />}>
      {children}
      <FirstScreenMark />
    </AuthPage>
  );
}

/** /forgot-password, for people not logged in. */
export function ForgotPasswordRoute() {
  const t = useT();
  const { session } = useSessionContext();
  const location = useLocation();
  const navigate = useNavigate();
  if (session) return <Navigate to={PATHS.chats} replace />;
  return (
    <Page title={t("forgot.title")} subtitle={t("forgot.subtitle")}>
      <ForgotPasswordPanel
        baseUrl={window.location.origin}
        loginHref={PATHS.login}
        // The page asked for before log-in is still wanted after it.
        onLogin={() => navigate(PATHS.login, { state: location.state as unknown })}
      />
    </Page>
  );
}

/**
 * /reset-password?token=…, from the mail. Setting the password ends every session of the account,
 * this browser's too if it was logged in, so success goes to log-in with a notice.
 */
export function ResetPasswordRoute() {
  const t = useT();
  const { session, logout } = useSessionContext();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const done = () => {
    if (session) logout();
    navigate(PATHS.login, { replace: true, state: passwordResetState() });
  };
  return (
    <Page title={t("reset.title")} subtitle={t("reset.subtitle")}>
      <ResetPasswordPanel baseUrl={window.location.origin} token={params.get("token")} forgotHref={PATHS.forgotPassword} onDone={done} />
    </Page>
  );
}

/** /verify-email?token=…, from the mail: logged in or not. */
export function VerifyEmailRoute() {
  const t = useT();
  const [params] = useSearchParams();
  return (
    <Page title={t("verify.title")}>
      <VerifyEmailPanel baseUrl={window.location.origin} token={params.get("token")} />
    </Page>
  );
}
