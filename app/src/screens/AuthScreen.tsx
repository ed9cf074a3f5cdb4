import { AuthPage, LoginForm, RegisterForm, type LoginValues, type RegisterValues } from "@chat-app/ui-kit";
import { useState } from "react";
import { useT } from "../i18n/useT";
import type { Translate } from "../i18n/i18n";
import { ApiError, AuthApi, type Session } from "@chat-app/client";
import { registerFieldError } from "../state/register-errors";
import { usePasswordReset } from "../hooks/usePasswordReset";
import { LanguagePicker } from "./LanguagePicker";

type FieldErrors = Partial<Record<keyof RegisterValues, string>>;

/** The server's message, in words a person can act on. */
function describe(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.status === 429) {
      return error.retryAfterSeconds ? t("auth.tooManyIn", { seconds: error.retryAfterSeconds }) : t("auth.tooMany");
    }
    return error.message;
  }
  return t("auth.unreachable");
}

/** A 400/409 that names a field goes under that field, as a sentence; anything else is a form-level alert. */
function fieldErrorOf(error: unknown) {
  return error instanceof ApiError ? registerFieldError(error.status, error.message) : null;
}

export interface AuthScreenProps {
  mode: "login" | "register";
  /** Shown above the log-in form, e.g. "Your session expired, please log in again". */
  notice?: string | null;
  /** Good news above the log-in form ("Password changed — log in with the new one"), as a status. */
  goodNotice?: string | null;
  /** "Forgot password?" (shown only when the server can mail a reset link). */
  forgotPasswordHref?: string;
  onForgotPassword?: () => void;
  onSwitch: (mode: "login" | "register") => void;
  onSession: (session: Session) => void;
}

export function AuthScreen({ mode, notice, goodNotice, forgotPasswordHref, onForgotPassword, onSwitch, onSession }: AuthScreenProps) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const api = new AuthApi(window.location.origin);
  const t = useT();
  const resetOffered = usePasswordReset(window.location.origin);

  const run = async (request: () => Promise<Session>) => {
    setSubmitting(true);
    setError(null);
    setFieldErrors({});
    try {
      onSession(await request());
    } catch (caught) {
      const field = mode === "register" ? fieldErrorOf(caught) : null;
      if (field) setFieldErrors({ [field.field]: field.text });
      else setError(describe(caught, t));
      setSubmitting(false);
    }
  };

  const switchTo = (next: "login" | "register") => {
    setError(null);
    setFieldErrors({});
    onSwitch(next);
  };

  if (mode === "register") {
    return (
      <AuthPage brand={t("app.name")} title={t("auth.registerTitle")} subtitle={t("auth.registerSubtitle")} footer={<LanguagePicker />}>
        <RegisterForm
          submitting={submitting}
          error={error}
          fieldErrors={fieldErrors}
          submitLabel={t("auth.register")}
          loginLabel={t("auth.toLogin")}
          loginHref="/login"
          onLogin={() => switchTo("login")}
          onSubmit={(values: RegisterValues) => void run(() => api.register(values.username, values.email, values.password))}
        />
      </AuthPage>
    );
  }
  return (
    <AuthPage brand={t("app.name")} title={t("auth.loginTitle")} subtitle={t("auth.loginSubtitle")} footer={<LanguagePicker />}>
      <LoginForm
        submitting={submitting}
        error={error ?? notice}
        notice={goodNotice}
        forgotPasswordHref={resetOffered ? forgotPasswordHref : undefined}
        onForgotPassword={resetOffered ? onForgotPassword : undefined}
        submitLabel={t("auth.logIn")}
        registerLabel={t("auth.toRegister")}
        registerHref="/register"
        onRegister={() => switchTo("register")}
        onSubmit={(values: LoginValues) => void run(() => api.login(values.username, values.password))}
      />
    </AuthPage>
  );
}
