import { AuthApi } from "@chat-app/client";
import { useEffect, useState } from "react";

/**
 * Whether to offer "Forgot password?" (GET /api/config says `password_reset`). Asked in an effect,
 * so after the log-in page's first paint: the form never waits for it, and the link appears once
 * the server says yes; false while asking, or if the server cannot be asked.
 */
export function usePasswordReset(baseUrl: string): boolean {
  const [offered, setOffered] = useState(false);
  useEffect(() => {
    let live = true;
    new AuthApi(baseUrl).config().then(
      (config) => live && setOffered(config.password_reset),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [baseUrl]);
  return offered;
}
