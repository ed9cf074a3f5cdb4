import { AuthPage, LoginForm, RegisterForm, type LoginValues, type RegisterValues } from "@chat-app/ui-kit";
import { useState } from "react";
import { ApiError, ChatApi, type Session } from "@chat-app/client";
import { registerFieldError } from "../state/register-errors";

type FieldErrors = Partial<Record<keyof RegisterValues, string>>;

/** The server's message, in words a person can act on. */
function describe(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) {
      return error.retryAfterSeconds ? `Too many attempts. Try again in ${error.retryAfterSeconds} s.` : "Too many attempts. Try again later.";
    }
    return error.message;
  }
  return "Can't reach the server. Check your connection and try again.";
}

/** A 400/409 that names a field goes under that field, as a sentence; anything else is a form-level alert. */
function fieldErrorOf(error: unknown) {
  return error instanceof ApiError ? registerFieldError(error.status, error.message) : null;
}

export interface AuthScreenProps {
  mode: "login" | "register";
  /** Shown above the log-in form, e.g. "Your session expired, please log in again". */
  notice?: string | null;
  onSwitch: (mode: "login" | "register") => void;
  onSession: (session: Session) => void;
}

export function AuthScreen({ mode, notice, onSwitch, onSession }: AuthScreenProps) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const api = new ChatApi(window.location.origin);

  const run = async (request: () => Promise<Session>) => {
    setSubmitting(true);
    setError(null);
    setFieldErrors({});
    try {
      onSession(await request());
    } catch (caught) {
      const field = mode === "register" ? fieldErrorOf(caught) : null;
      if (field) setFieldErrors({ [field.field]: field.text });
      else setError(describe(caught));
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
      <AuthPage brand="Chat" title="Create your account" subtitle="Pick a username others can find you by.">
        <RegisterForm
          submitting={submitting}
          error={error}
          fieldErrors={fieldErrors}
          loginHref="/login"
          onLogin={() => switchTo("login")}
          onSubmit={(values: RegisterValues) => void run(() => api.register(values.username, values.email, values.password))}
        />
      </AuthPage>
    );
  }
  return (
    <AuthPage brand="Chat" title="Log in" subtitle="Welcome back.">
      <LoginForm
        submitting={submitting}
        error={error ?? notice}
        registerHref="/register"
        onRegister={() => switchTo("register")}
        onSubmit={(values: LoginValues) => void run(() => api.login(values.username, values.password))}
      />
    </AuthPage>
  );
}
