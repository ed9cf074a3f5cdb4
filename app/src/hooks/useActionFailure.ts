import { ApiError } from "@chat-app/client";
import { useCallback, useEffect, useState } from "react";

/** How long a failed action's sentence stays up. */
const SHOWN_MS = 6000;

/**
 * A failed reaction or jump, said in the banner for a few seconds (a session error still goes to
 * `fail`: an expired token logs out). Returns the sentence shown and a reporter per sentence.
 */
export function useActionFailure(fail: (error: unknown) => void) {
  const [sentence, setSentence] = useState<string | null>(null);
  useEffect(() => {
    if (sentence === null) return;
    const timer = setTimeout(() => setSentence(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [sentence]);
  const report = useCallback(
    (text: string) => (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) return fail(error);
      setSentence(text);
    },
    [fail],
  );
  return { sentence, report };
}
