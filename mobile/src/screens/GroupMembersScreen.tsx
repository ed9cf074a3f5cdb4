import { ApiError, groupKey } from "@chat-app/client";
import { useGroup, usePresence } from "@chat-app/client/react";
import { useIonRouter } from "@ionic/react";
import { lazy, useEffect, useMemo } from "react";
import { useParams } from "react-router-dom";
import { groupActionsOf } from "../../../app/src/hooks/useChatActions";
import { useT } from "../../../app/src/i18n/useT";
import { useClient } from "../state/client";
import { useFailure } from "../state/useFailure";
import { SubPage } from "./SubPage";

// The web app's members panel (rename, add, remove, admins, leave), in a chunk of its own.
const GroupMembers = lazy(() => import("../../../app/src/screens/GroupMembers").then((module) => ({ default: module.GroupMembers })));

/** A group's members; leaving it goes back to the chat list. */
export function GroupMembersScreen() {
  const t = useT();
  const client = useClient();
  const router = useIonRouter();
  const fail = useFailure();
  const groupId = Number(useParams<{ groupId: string }>().groupId);
  const key = Number.isInteger(groupId) && groupId > 0 ? groupKey(groupId) : null;
  const group = useGroup(client, key);
  const presence = usePresence(client);
  const actions = useMemo(() => (client ? groupActionsOf(client) : null), [client]);

  // Opened straight (a reload, a link): the group is asked for; not a member shows as a toast.
  useEffect(() => {
    if (!client || !key || client.group(groupId)) return;
    client.fetchGroup(groupId).catch((error: unknown) => {
      fail(error instanceof ApiError && error.status === 404 ? new ApiError(404, t("chat.groupNotFound")) : error);
    });
  }, [client, key, groupId, fail, t]);

  return (
    <SubPage title={t("chat.members")} backHref={key ? `/group/${groupId}` : "/chats"}>
      {client && group ? (
        <GroupMembers
          api={client.api}
          actions={actions}
          group={group}
          selfId={client.userId}
          presence={presence}
          onLeft={() => router.push("/chats", "back", "replace")}
          onError={fail}
        />
      ) : null}
    </SubPage>
  );
}
