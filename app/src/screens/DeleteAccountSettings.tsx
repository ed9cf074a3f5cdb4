import { ApiError, type ChatApi } from "@chat-app/client";
import { DeleteAccountForm } from "@chat-app/ui-kit";
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "../i18n/useT";

export interface DeleteAccountSettingsProps {
  api: ChatApi;
  /** A 401: this session itself is gone, so the app goes back to log-in. */
  onUnauthorized: (error: unknown) => void;
  /** The account is gone: the app forgets the person and goes back to log-in. */
  onDeleted: () => void;
  headingLevel?: 2 | 3 | 4;
}

interface Failure {
  passwordError?: string;
  error?: string;
}

/**
 * Settings › Delete account: what will happen, the password, "Delete my account". A wrong password
 * (403) shows under the field; too many (429) when to try again; success leaves the app.
 */
export function DeleteAccountSettings({ api, onUnauthorized, onDeleted, headingLevel = 3 }: DeleteAccountSettingsProps) {
  const t = useT();
  const headingId = useId();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<Failure>({});
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // How long the username stays held, said in the form once the server tells it (GET /api/config).
  const [holdDays, setHoldDays] = useState<number | undefined>();
  useEffect(() => {
    api.config().then(
      (config) => mounted.current && setHoldDays(config.username_hold_days),
      () => undefined,
    );
  }, [api]);
  const Heading = `h${headingLevel}` as const;

  const submit = (password: string) => {
    setSubmitting(true);
    setFailure({});
    api.deleteAccount(password).then(onDeleted, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) return onUnauthorized(error);
      if (!mounted.current) return;
      setSubmitting(false);
      if (!(error instanceof ApiError)) return setFailure({ error: t("auth.unreachable") });
      if (error.status === 403) return setFailure({ passwordError: t("leave.wrongPassword") });
      if (error.status === 429) {
        return setFailure({ error: error.retryAfterSeconds ? t("auth.tooManyIn", { seconds: error.retryAfterSeconds }) : t("auth.tooMany") });
      }
      setFailure({ error: t("leave.deleteFailed") });
    });
  };

  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{t("leave.delete")}</Heading>
      <DeleteAccountForm onSubmit={submit} submitting={submitting} error={failure.error} passwordError={failure.passwordError} holdDays={holdDays} />
    </section>
  );
}

export default DeleteAccountSettings;
