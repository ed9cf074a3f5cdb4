import { type ChatClient, shownName } from "@chat-app/client";
import { useEffect, useState } from "react";
import { namesOf } from "./names";

/**
 * A person's name for the title of the chat with them, when the app opens straight on it (a link,
 * a notification, a reload) and the list that names people was never loaded: asked once from the
 * conversation list, which teaches the client everyone's profile, and remembered for next time.
 * Undefined while unknown; null `partnerId` (a group) asks nothing.
 */
export function usePartnerName(client: ChatClient | null, partnerId: number | null): string | undefined {
  const known = client && partnerId !== null ? client.profile(partnerId) : undefined;
  const [fetched, setFetched] = useState<{ id: number; name: string }>();
  const needed = client !== null && partnerId !== null && !known;
  useEffect(() => {
    if (!client || partnerId === null || !needed) return;
    let live = true;
    client
      .conversations()
      .then(({ conversations }) => {
        const partner = conversations.find((conversation) => conversation.partner?.id === partnerId)?.partner;
        if (!partner || !live) return;
        namesOf(client.userId).set(partner.id, partner.username);
        setFetched({ id: partner.id, name: shownName(partner) });
      })
      .catch((error: unknown) => console.warn("conversation name:", error));
    return () => {
      live = false;
    };
  }, [client, partnerId, needed]);
  if (known) return shownName(known);
  return fetched?.id === partnerId ? fetched.name : undefined;
}
