import { EmailApi } from "@chat-app/client";
import { ResetPasswordForm } from "@chat-app/ui-kit";
import { useEffect, useRef, useState } from "react";
import { useT } from "../i18n/useT";
import { type ResetFailure, resetFailure } from "../state/reset-errors";

export interface ResetPasswordPanelProps {
  baseUrl: string;
  /** From the mail's link (`?token=`); null when the address has none. */
  token: string | null;
  /** Where "Ask for a new link" goes: a link to `forgotHref`, `onAskAgain` taking over its navigation. */
  forgotHref: string;
  onAskAgain: () => void;
  /** The password is set (every session of the account was ended). */
  onDone: () => void;
}

/**
 * The reset link's page: a new password twice. A weak one is refused with the server's reason and
 * the link still works; a used, expired or unknown link says so with a way to ask for a new one.
 */
export function ResetPasswordPanel({ baseUrl, token, forgotHref, onAskAgain, onDone }: ResetPasswordPanelProps) {
  const t = useT();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<ResetFailure | null>(token ? null : { error: t("reset.noToken"), askAgain: true });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const submit = ({ newPassword }: { newPassword: string }) => {
    if (!token) return;
    setSubmitting(true);
    setFailure(null);
    new EmailApi(baseUrl).confirmPasswordReset(token, newPassword).then(
      () => mounted.current && onDone(),
      (caught: unknown) => {
        if (!mounted.current) return;
        setFailure(resetFailure(caught));
        setSubmitting(false);
      },
    );
  };

  const error = failure?.error ? (
    <>
      {failure.error}
      {failure.askAgain ? (
        <>
          {" "}
          <a
            href={forgotHref}
            onClick={(event) => {
              event.preventDefault();
              onAskAgain();
            }}
          >
            {t("reset.askAgain")}
          </a>
        </>
      ) : null}
    </>
  ) : null;
  return (
    <ResetPasswordForm
      onSubmit={submit}
      submitting={submitting}
      error={error}
      fieldErrors={failure?.fieldErrors}
      newPasswordHint={t("password.hint")}
    />
  );
}
