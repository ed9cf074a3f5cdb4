import type { ChatApi } from "@chat-app/client";
import { PasswordForm, type PasswordValues } from "@chat-app/ui-kit";
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "../i18n/useT";
import { type PasswordFailure, passwordFailure } from "../state/password-errors";

export interface PasswordSettingsProps {
  api: ChatApi;
  /** A 401: this session itself is gone, so the app goes back to log-in. */
  onUnauthorized: (error: unknown) => void;
  headingLevel?: 2 | 3 | 4;
}

/**
 * Settings › Password: the current password and a new one twice. The server checks the current one
 * (403, rate limited like log-in) and the new one's strength (400 with why); success signs out every
 * other session, which is said, and empties the form.
 */
export function PasswordSettings({ api, onUnauthorized, headingLevel = 3 }: PasswordSettingsProps) {
  const t = useT();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<PasswordFailure | null>(null);
  const [changed, setChanged] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const Heading = `h${headingLevel}` as const;

  const submit = ({ currentPassword, newPassword }: PasswordValues) => {
    setSubmitting(true);
    setFailure(null);
    setChanged(false);
    api.changePassword(currentPassword, newPassword).then(
      () => {
        if (!mounted.current) return;
        form.current?.reset();
        setChanged(true);
        setSubmitting(false);
      },
      (error: unknown) => {
        const said = passwordFailure(error);
        if (!said) return onUnauthorized(error);
        if (!mounted.current) return;
        setFailure(said);
        setSubmitting(false);
      },
    );
  };

  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{t("settings.password")}</Heading>
      <PasswordForm
        ref={form}
        onSubmit={submit}
        submitting={submitting}
        error={failure?.error}
        fieldErrors={failure?.fieldErrors}
        notice={changed ? t("password.changed") : undefined}
        newPasswordHint={t("password.hint")}
      />
    </section>
  );
}
