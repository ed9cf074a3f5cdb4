import { ApiError, AuthApi, type Session } from "@chat-app/client";
import { LoginForm, RegisterForm, type LoginValues, type RegisterValues } from "@chat-app/ui-kit";
import { IonContent, IonHeader, IonPage, IonTitle, IonToolbar, useIonRouter } from "@ionic/react";
import { useState } from "react";
import { SERVER_URL } from "../server";
import { useSession } from "../state/session";
import type { Translate } from "../../../app/src/i18n/i18n";
import { useT } from "../../../app/src/i18n/useT";
import { usePasswordReset } from "../../../app/src/hooks/usePasswordReset";

function describe(t: Translate, error: unknown): string {
  if (error instanceof ApiError) return error.status === 429 ? t("auth.tooMany") : error.message;
  return t("auth.unreachable");
}

/** Log in or register, with the kit's forms; the session goes where the web app keeps it. */
export function AuthScreen({ mode }: { mode: "login" | "register" }) {
  const t = useT();
  const { signIn, notice } = useSession();
  const router = useIonRouter();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const api = new AuthApi(SERVER_URL);
  const resetOffered = usePasswordReset(SERVER_URL);

  const run = async (request: () => Promise<Session>) => {
    setSubmitting(true);
    setError(null);
    try {
      signIn(await request());
    } catch (caught) {
      setError(describe(t, caught));
      setSubmitting(false);
    }
  };
  const switchTo = (path: string) => {
    setError(null);
    router.push(path, "forward", "replace");
  };

  return (
    <IonPage>
      <IonHeader>
        <IonToolbar>
          <IonTitle>{mode === "login" ? t("auth.loginTitle") : t("auth.registerTitle")}</IonTitle>
        </IonToolbar>
      </IonHeader>
      <IonContent className="ion-padding">
        <p>{mode === "login" ? t("auth.loginSubtitle") : t("auth.registerSubtitle")}</p>
        {mode === "login" ? (
          <LoginForm
            submitting={submitting}
            error={error ?? notice}
            submitLabel={t("auth.logIn")}
            registerLabel={t("auth.toRegister")}
            registerHref="/register"
            onRegister={() => switchTo("/register")}
            forgotPasswordHref={resetOffered ? "/forgot-password" : undefined}
            onForgotPassword={resetOffered ? () => router.push("/forgot-password", "forward") : undefined}
            onSubmit={(values: LoginValues) => void run(() => api.login(values.username, values.password))}
          />
        ) : (
          <RegisterForm
            submitting={submitting}
            error={error}
            submitLabel={t("auth.register")}
            loginLabel={t("auth.toLogin")}
            loginHref="/login"
            onLogin={() => switchTo("/login")}
            onSubmit={(values: RegisterValues) => void run(() => api.register(values.username, values.email, values.password))}
          />
        )}
      </IonContent>
    </IonPage>
  );
}
