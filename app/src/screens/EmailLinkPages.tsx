import { AuthPage } from "@chat-app/ui-kit";
import type { ReactNode } from "react";
import { useT } from "../i18n/useT";
import { ForgotPasswordPanel, type ForgotPasswordPanelProps } from "./ForgotPassword";
import { LanguagePicker } from "./LanguagePicker";
import { ResetPasswordPanel, type ResetPasswordPanelProps } from "./ResetPassword";
import { VerifyEmailPanel, type VerifyEmailPanelProps } from "./VerifyEmail";

/** The web app's pages around the panels (the mobile app puts the same panels in an IonPage); EmailLinkRoute loads this module lazily. */

function Page({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  const t = useT();
  return (
    <AuthPage brand={t("app.name")} title={title} subtitle={subtitle} footer={<LanguagePicker />}>
      {children}
    </AuthPage>
  );
}

export function ForgotPasswordPage(props: ForgotPasswordPanelProps) {
  const t = useT();
  return (
    <Page title={t("forgot.title")} subtitle={t("forgot.subtitle")}>
      <ForgotPasswordPanel {...props} />
    </Page>
  );
}

export function ResetPasswordPage(props: ResetPasswordPanelProps) {
  const t = useT();
  return (
    <Page title={t("reset.title")} subtitle={t("reset.subtitle")}>
      <ResetPasswordPanel {...props} />
    </Page>
  );
}

export function VerifyEmailPage(props: VerifyEmailPanelProps) {
  const t = useT();
  return (
    <Page title={t("verify.title")}>
      <VerifyEmailPanel {...props} />
    </Page>
  );
}
