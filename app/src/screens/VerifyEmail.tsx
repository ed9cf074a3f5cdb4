import { EmailApi } from "@chat-app/client";
import { Banner } from "@chat-app/ui-kit";
import { useEffect, useState } from "react";
import { useT } from "../i18n/useT";
import { emailRequestFailure } from "../state/reset-errors";

type Outcome = { state: "checking" } | { state: "verified" } | { state: "failed"; error: string };

/** The verification link's page: verifies on open (once, even under StrictMode's double effect), then says how it went. */
export function VerifyEmailPanel({ baseUrl, token }: { baseUrl: string; token: string | null }) {
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

  if (outcome.state === "checking") {
    return <Banner busy>{t("verify.checking")}</Banner>;
  }
  if (outcome.state === "verified") return <Banner>{t("verify.done")}</Banner>;
  return <Banner tone="danger">{outcome.error}</Banner>;
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
