import { ApiError, AuthApi, type Session } from "@chat-app/client";
import { LoginForm, RegisterForm, type LoginValues, type RegisterValues } from "@chat-app/ui-kit";
import { IonContent, IonHeader, IonPage, IonTitle, IonToolbar, useIonRouter } from "@ionic/react";
import { useState } from "react";
import { SERVER_URL } from "../server";
import { useSession } from "../state/session";
import { strings } from "../strings";

function describe(error: unknown): string {
  if (error instanceof ApiError) return error.status === 429 ? strings.tooMany : error.message;
  return strings.unreachable;
}

/** Log in or register, with the kit's forms; the session goes where the web app keeps it. */
export function AuthScreen({ mode }: { mode: "login" | "register" }) {
  const { signIn, notice } = useSession();
  const router = useIonRouter();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const api = new AuthApi(SERVER_URL);

  const run = async (request: () => Promise<Session>) => {
    setSubmitting(true);
    setError(null);
    try {
      signIn(await request());
    } catch (caught) {
      setError(describe(caught));
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
          <IonTitle>{mode === "login" ? strings.loginTitle : strings.registerTitle}</IonTitle>
        </IonToolbar>
      </IonHeader>
      <IonContent className="ion-padding">
        <p>{mode === "login" ? strings.loginSubtitle : strings.registerSubtitle}</p>
        {mode === "login" ? (
          <LoginForm
            submitting={submitting}
            error={error ?? notice}
            submitLabel={strings.logIn}
            registerLabel={strings.toRegister}
            registerHref="/register"
            onRegister={() => switchTo("/register")}
            onSubmit={(values: LoginValues) => void run(() => api.login(values.username, values.password))}
          />
        ) : (
          <RegisterForm
            submitting={submitting}
            error={error}
            submitLabel={strings.register}
            loginLabel={strings.toLogin}
            loginHref="/login"
            onLogin={() => switchTo("/login")}
            onSubmit={(values: RegisterValues) => void run(() => api.register(values.username, values.email, values.password))}
          />
        )}
      </IonContent>
    </IonPage>
  );
}
