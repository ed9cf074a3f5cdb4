import { lazy, Suspense } from "react";
import { Navigate } from "react-router-dom";
import { loginState, PATHS } from "./paths";
import { useSessionContext } from "./SessionContext";

// Its own chunk: only admins open it.
const AdminScreen = lazy(() => import("../screens/AdminScreen"));

/** `/admin`: logged out, the log-in page first (and back here after). */
export function AdminRoute() {
  const { session, signedOut, expired } = useSessionContext();
  if (!session) return <Navigate to={PATHS.login} replace state={signedOut ? undefined : loginState(PATHS.admin)} />;
  return (
    <Suspense fallback={null}>
      <AdminScreen key={session.token} session={session} onUnauthorized={expired} />
    </Suspense>
  );
}
