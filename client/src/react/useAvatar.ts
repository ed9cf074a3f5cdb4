import { useEffect, useState } from "react";
import { type AvatarLoader, type AvatarSize, avatarRequestUrl } from "../avatars/avatar-loader";

/**
 * A blob URL for someone's `avatar_url` (loaded with the token), or `undefined` while loading,
 * without one, or when it failed: the initials show then. Released (and revoked when unused) on
 * unmount or when the URL changes.
 */
export function useAvatar(
  loader: AvatarLoader | null | undefined,
  avatarUrl: string | null | undefined,
  size: AvatarSize = "small",
): string | undefined {
  const url = avatarUrl ? avatarRequestUrl(avatarUrl, size) : null;
  const [loaded, setLoaded] = useState<{ url: string; objectUrl: string | null } | null>(null);
  useEffect(() => {
    if (!loader || !url) return undefined;
    return loader.retain(url, (objectUrl) => setLoaded({ url, objectUrl }));
  }, [loader, url]);
  if (!loader || !url) return undefined;
  const objectUrl = loaded?.url === url ? loaded.objectUrl : loader.peek(url);
  return objectUrl ?? undefined;
}
