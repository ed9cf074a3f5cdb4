import type { ChatApi } from "@chat-app/client";
import { useEffect, useState } from "react";

type PreviewsApi = Pick<ChatApi, "pushPreferences" | "setPushPreferences">;

/**
 * The server's "show who wrote and what in notifications" setting (for every device of the person):
 * null until known; a change shows at once and goes back if the server refuses it.
 */
export function usePushPreviews(api: PreviewsApi): [previews: boolean | null, change: (next: boolean) => void] {
  const [previews, setPreviews] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    api.pushPreferences().then(
      (answer) => current && setPreviews(answer.previews),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  const change = (next: boolean) => {
    setPreviews(next);
    api.setPushPreferences({ previews: next }).catch(() => setPreviews(!next));
  };
  return [previews, change];
}
