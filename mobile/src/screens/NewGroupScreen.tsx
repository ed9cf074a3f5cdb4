import { useIonRouter } from "@ionic/react";
import { lazy, useMemo } from "react";
import { groupActionsOf } from "../../../app/src/hooks/useChatActions";
import { useT } from "../../../app/src/i18n/useT";
import { useClient } from "../state/client";
import { useFailure } from "../state/useFailure";
import { SubPage } from "./SubPage";

// The web app's form (the kit's CreateGroupForm with the server's user search), in a chunk of its own.
const NewGroup = lazy(() => import("../../../app/src/screens/NewGroup").then((module) => ({ default: module.NewGroup })));

/** "New group": a name and people to add; creating opens the group in place of this page. */
export function NewGroupScreen() {
  const t = useT();
  const client = useClient();
  const router = useIonRouter();
  const fail = useFailure();
  const actions = useMemo(() => (client ? groupActionsOf(client) : null), [client]);
  return (
    <SubPage title={t("newGroup.title")}>
      <NewGroup
        titled={false}
        api={client?.api}
        actions={actions}
        onCreated={(groupId) => router.push(`/group/${groupId}`, "forward", "replace")}
        onCancel={() => (router.canGoBack() ? router.goBack() : router.push("/chats", "back", "replace"))}
        onError={fail}
      />
    </SubPage>
  );
}
