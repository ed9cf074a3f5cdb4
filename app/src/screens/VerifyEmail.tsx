import { EmailApi } from "@chat-app/client";
import { useEffect, useState } from "react";
import { useT } from "../i18n/useT";
import { emailRequestFailure } from "../state/reset-errors";

type Outcome = { state: "checking" } | { state: "verified" } | { state: "failed"; error: string };

export interface VerifyEmailPanelProps {
  baseUrl: string;
  /** From the mail's link (`?token=`); null when the address has none. */
  token: string | null;
}

/**
 * The verification link's page: verifies on open (once, even under StrictMode's double effect), then
 * says how it went. Plain paragraphs, not the kit's Banner: that one in this lazy chunk made the
 * bundler split a shared chunk out of the entry, 1.8 KB gzip more on the log-in page.
 */
export function VerifyEmailPanel({ baseUrl, token }: VerifyEmailPanelProps) {
  const t = useT();
  const [outcome, setOutcome] = useState<Outcome>(token ? { state: "checking" } : { state: "failed", error: t("verify.noToken") });
  useEffect(() => {
    if (!token) return;
    let live = true;
    void verifyOnce(baseUrl, token).then((result) => live && setOutcome(result));
    return () => {
      live = false;
    };
  }, [baseUrl, token]);

  if (outcome.state === "failed") return <p role="alert">{outcome.error}</p>;
  return <p role="status">{outcome.state === "verified" ? t("verify.done") : t("verify.checking")}</p>;
}

// A token is single-use: a second POST (the effect run twice, a re-render) would answer 410 and hide the success.
const verifying = new Map<string, Promise<Outcome>>();

function verifyOnce(baseUrl: string, token: string): Promise<Outcome> {
  let result = verifying.get(token);
  if (!result) {
    result = new EmailApi(baseUrl).verifyEmail(token).then(
      (): Outcome => ({ state: "verified" }),
      (caught: unknown): Outcome => ({ state: "failed", error: emailRequestFailure(caught) }),
    );
    verifying.set(token, result);
  }
  return result;
}
