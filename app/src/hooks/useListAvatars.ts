import { avatarRequestUrl, type ChatClient } from "@chat-app/client";
import { useEffect, useMemo, useReducer, useState } from "react";

/** A row that can show a person's picture: a chat list row, a group member. */
interface Pictured {
  id: string | number;
  avatarUrl?: string;
}

/**
 * Rows (the chat list's, a group's members) with the people's pictures as blob URLs — known from
 * the server's lists at load, following `user:updated` live; `ids` maps a row's id to its person
 * (groups and people without a picture keep their initials).
 */
export function useListAvatars<T extends Pictured>(client: ChatClient | null, summaries: readonly T[], ids: ReadonlyMap<string, number>): T[] {
  const [version, changed] = useReducer((n: number) => n + 1, 0);
  useEffect(() => (client ? client.on("user", () => changed()) : undefined), [client]);
  const wanted = useMemo(() => {
    const urls = new Map<string, string>();
    for (const [key, id] of ids) {
      const url = client?.profile(id)?.avatar_url;
      if (url) urls.set(key, avatarRequestUrl(url, "small"));
    }
    return urls;
    // `version`: a profile changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, ids, version]);
  const [loaded, setLoaded] = useState<ReadonlyMap<string, string>>(new Map());
  const signature = [...wanted].join("|");
  useEffect(() => {
    if (!client) return undefined;
    const releases = [...wanted].map(([, url]) =>
      client.avatars.retain(url, (objectUrl) => {
        if (objectUrl) setLoaded((was) => new Map(was).set(url, objectUrl));
      }),
    );
    return () => releases.forEach((release) => release());
    // The signature stands for `wanted`'s contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, signature]);
  return useMemo(
    () =>
      summaries.map((summary) => {
        const url = wanted.get(String(summary.id));
        const objectUrl = url ? loaded.get(url) : undefined;
        return objectUrl ? { ...summary, avatarUrl: objectUrl } : summary;
      }),
    [summaries, wanted, loaded],
  );
}
