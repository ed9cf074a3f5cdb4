import type { ChatApi } from "@chat-app/client";
import { useEffect, useState } from "react";

/** Whether I am one of the instance's admins: `is_admin` of `GET /api/me` (log-in does not say). */
export function useIsAdmin(api: ChatApi | undefined): boolean {
  const [admin, setAdmin] = useState(false);
  useEffect(() => {
    if (!api) return;
    let live = true;
    api.me().then(
      ({ user }) => live && setAdmin(user.is_admin === true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return admin;
}
