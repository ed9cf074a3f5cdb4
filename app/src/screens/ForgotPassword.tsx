import { EmailApi } from "@chat-app/client";
import { ForgotPasswordForm } from "@chat-app/ui-kit";
import { useEffect, useRef, useState } from "react";
import { emailRequestFailure } from "../state/reset-errors";

export interface ForgotPasswordPanelProps {
  /** The server's origin (the web app's own, or the mobile app's SERVER_URL). */
  baseUrl: string;
  loginHref?: string;
  onLogin?: () => void;
}

/**
 * "Forgot password?": an address, then the same words whatever it is (the server answers 202 alike
 * for a known and an unknown one). The page around it is the caller's (AuthPage, an IonPage).
 */
export function ForgotPasswordPanel({ baseUrl, loginHref, onLogin }: ForgotPasswordPanelProps) {
  const [submitting, setSubmitting] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const submit = ({ email }: { email: string }) => {
    setSubmitting(true);
    setError(null);
    setSent(false);
    new EmailApi(baseUrl).requestPasswordReset(email).then(
      () => mounted.current && (setSent(true), setSubmitting(false)),
      (caught: unknown) => mounted.current && (setError(emailRequestFailure(caught)), setSubmitting(false)),
    );
  };

  return <ForgotPasswordForm onSubmit={submit} submitting={submitting} sent={sent} error={error} loginHref={loginHref} onLogin={onLogin} />;
}
