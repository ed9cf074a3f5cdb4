import { lazy, Suspense } from "react";
import { Navigate, useLocation, useNavigate } from "react-router-dom";
import { FirstScreenMark } from "./FirstScreenMark";
import { useT } from "../i18n/useT";
import { afterLogin, isPasswordResetState, PATHS } from "./paths";
import { useSessionContext } from "./SessionContext";

// Its own chunk: the log-in page loads the forms, not the chat.
const AuthScreen = lazy(() => import("../screens/AuthScreen").then((m) => ({ default: m.AuthScreen })));

/** Log-in and sign-up, for people not logged in; logging in lands on the page a link asked for. */
export function AuthRoute({ mode }: { mode: "login" | "register" }) {
  const { session, notice, signIn } = useSessionContext();
  const location = useLocation();
  const navigate = useNavigate();
  const t = useT();
  if (session) return <Navigate to={afterLogin(location.state)} replace />;
  return (
    <Suspense fallback={null}>
      <AuthScreen
        mode={mode}
        notice={notice}
        goodNotice={isPasswordResetState(location.state) ? t("reset.done") : null}
        forgotPasswordHref={PATHS.forgotPassword}
        onForgotPassword={() => navigate(PATHS.forgotPassword, { state: location.state as unknown })}
        // The page asked for is still wanted after switching between log-in and sign-up.
        onSwitch={(next) => navigate(PATHS[next], { state: location.state as unknown })}
        onSession={signIn}
      />
      <FirstScreenMark />
    </Suspense>
  );
}
