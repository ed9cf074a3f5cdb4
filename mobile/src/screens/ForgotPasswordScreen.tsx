import { useIonRouter } from "@ionic/react";
import { lazy } from "react";
import { useT } from "../../../app/src/i18n/useT";
import { SERVER_URL } from "../server";
import { SubPage } from "./SubPage";

const ForgotPasswordPanel = lazy(() => import("../../../app/src/screens/ForgotPassword").then((module) => ({ default: module.ForgotPasswordPanel })));

/** "Forgot password?" from the log-in screen: the web app's form in a page with Back. The mail's link opens the web app's reset page. */
export function ForgotPasswordScreen() {
  const t = useT();
  const router = useIonRouter();
  return (
    <SubPage title={t("forgot.title")} backHref="/login" padded>
      <p>{t("forgot.subtitle")}</p>
      <ForgotPasswordPanel baseUrl={SERVER_URL} loginHref="/login" onLogin={() => router.push("/login", "back", "replace")} />
    </SubPage>
  );
}
