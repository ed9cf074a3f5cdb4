import type { SearchResultJson } from "@chat-app/client";
import { useIonRouter } from "@ionic/react";
import { lazy, useCallback } from "react";
import { useT } from "../../../app/src/i18n/useT";
import { useClient } from "../state/client";
import { namesOf } from "../state/names";
import { useFailure } from "../state/useFailure";
import { SubPage } from "./SubPage";

// The web app's search (the server's full-text search over one's conversations), in a chunk of its own.
const MessageSearch = lazy(() => import("../../../app/src/screens/MessageSearch").then((module) => ({ default: module.MessageSearch })));

/** Where a hit's conversation is in the mobile app. */
export function conversationPathOf(result: SearchResultJson): string | null {
  if (typeof result.group_id === "number") return `/group/${result.group_id}`;
  return result.partner_id === null ? null : `/chat/${result.partner_id}`;
}

/** "Search messages": a hit opens its conversation. */
export function MessageSearchScreen() {
  const t = useT();
  const client = useClient();
  const router = useIonRouter();
  const fail = useFailure();
  const authorName = useCallback(
    (userId: number) => (client ? namesOf(client.userId).get(userId) : undefined) ?? t("names.user", { id: userId }),
    [client, t],
  );
  const open = (result: SearchResultJson) => {
    const path = conversationPathOf(result);
    if (!path || !client) return;
    if (result.partner_id !== null && result.partner_username) namesOf(client.userId).set(result.partner_id, result.partner_username);
    router.push(path, "forward");
  };
  return (
    <SubPage title={t("search.messages")} padded>
      <MessageSearch api={client?.api} selfId={client?.userId ?? 0} authorName={authorName} onOpen={open} onError={fail} />
    </SubPage>
  );
}
