import { ApiError, type ConversationKey, groupKey, receiptStatus, shownName, userKey } from "@chat-app/client";
import { useGroup, useMessages, usePendingMessages, useReceipts } from "@chat-app/client/react";
import { MessageComposer, MessageList, type UserId } from "@chat-app/ui-kit";
import {
  IonBackButton,
  IonButton,
  IonButtons,
  IonContent,
  IonFooter,
  IonHeader,
  IonIcon,
  IonPage,
  IonTitle,
  IonToolbar,
  useIonRouter,
} from "@ionic/react";
import { peopleOutline } from "ionicons/icons";
import { useT } from "../../../app/src/i18n/useT";
import { membersNamed } from "../../../app/src/state/summaries";
import { useReport } from "../../../app/src/hooks/useReport";
import { useCallback, useEffect, useMemo, useState } from "react";
import { BlockConfirm } from "../../../app/src/screens/BlockConfirm";
import { useBlocks } from "../../../app/src/hooks/useBlocks";
import { useParams } from "react-router-dom";
import { useClient } from "../state/client";
import { toMessages } from "../state/messages";
import { groupNamesOf, namesOf } from "../state/names";
import { usePartnerName } from "../state/usePartnerName";

/** The conversation a route names: `/chat/:partnerId` (a person) or `/group/:groupId`. */
function useRouteConversation(): { key: ConversationKey | null; id: number; isGroup: boolean } {
  const { partnerId, groupId } = useParams<{ partnerId?: string; groupId?: string }>();
  const id = Number(groupId ?? partnerId);
  const isGroup = groupId !== undefined;
  const valid = Number.isInteger(id) && id > 0;
  return { key: valid ? (isGroup ? groupKey(id) : userKey(id)) : null, id, isGroup };
}

/** One conversation, a person's or a group's: its newest page, live messages through the client's hooks, and the composer. */
export function ChatScreen() {
  const client = useClient();
  const { key, id, isGroup } = useRouteConversation();
  const t = useT();
  const router = useIonRouter();
  const stored = useMessages(client, key);
  const pending = usePendingMessages(client, key);
  const receipts = useReceipts(client, key);
  const group = useGroup(client, key);
  const selfId = client?.userId ?? 0;
  const partnerName = usePartnerName(client, isGroup ? null : id);
  const known = client && key ? (isGroup ? (group?.name ?? groupNamesOf(selfId).get(id)) : (partnerName ?? namesOf(selfId).get(id))) : undefined;
  const name = known ?? (isGroup ? `Group ${id}` : `User ${id}`);
  // A group's authors: its members as the server tells them, else the names seen before.
  const authorName = useCallback(
    (userId: UserId) => {
      const member = group?.members.find((m) => m.id === userId);
      return member ? shownName(member) : namesOf(selfId).get(Number(userId));
    },
    [group, selfId],
  );
  // A person's chat offers Block / Unblock (asked first, as on the web); a blocked person's chat has no composer.
  const blocks = useBlocks(client?.api, (error) => console.warn("blocks:", error));
  const [confirmingBlock, setConfirmingBlock] = useState(false);
  const partnerBlocked = !isGroup && blocks.blocked.has(id);
  const blockFailed = (error: unknown) => console.warn("block:", error);

  // Others' messages are keyed by their server id (toMessages); only those can be reported.
  const report = useReport(client?.api, {
    serverId: (messageId) => (typeof messageId === "number" ? messageId : undefined),
    authorName: (userId) => authorName(userId) ?? name,
    fail: (error) => console.warn("report:", error),
  });

  useEffect(() => {
    if (!client || !key) return;
    client.loadLatestPage(key).catch((error: unknown) => console.warn("conversation:", error));
  }, [client, key]);
  // A group's name and members (its authors' names), unless the client has them already.
  const needsGroup = isGroup && !group;
  useEffect(() => {
    if (!client || !needsGroup || !key) return;
    client.fetchGroup(id).catch((error: unknown) => {
      if (!(error instanceof ApiError && (error.status === 403 || error.status === 404))) console.warn("group:", error);
    });
  }, [client, needsGroup, key, id]);
  // Read while on screen: the partner's newest message.
  useEffect(() => {
    if (!client || !key) return;
    const newest = stored.findLast((m) => m.sender_id !== selfId);
    if (newest) client.markRead(key, newest.id);
  }, [client, key, stored, selfId]);

  const messages = useMemo(
    () => (receipts ? toMessages(stored, pending, selfId, (m) => receiptStatus(m, receipts), t, membersNamed(group ?? undefined)) : []),
    [stored, pending, selfId, receipts, t, group],
  );

  return (
    <IonPage>
      <IonHeader>
        <IonToolbar>
          <IonButtons slot="start">
            <IonBackButton defaultHref="/chats" text={t("nav.back")} />
          </IonButtons>
          <IonTitle>{name}</IonTitle>
          {isGroup && key ? (
            <IonButtons slot="end">
              <IonButton aria-label={t("chat.members")} onClick={() => router.push(`/group/${id}/members`, "forward")}>
                <IonIcon slot="icon-only" icon={peopleOutline} aria-hidden="true" />
              </IonButton>
            </IonButtons>
          ) : null}
          {!isGroup && key ? (
            <IonButtons slot="end">
              <IonButton
                onClick={() => {
                  if (partnerBlocked) void blocks.unblock(id).catch(blockFailed);
                  else setConfirmingBlock(true);
                }}
              >
                {partnerBlocked ? t("block.unblock") : t("block.block")}
              </IonButton>
            </IonButtons>
          ) : null}
        </IonToolbar>
        {confirmingBlock && !isGroup ? (
          <BlockConfirm
            name={name}
            onCancel={() => setConfirmingBlock(false)}
            onBlock={() => {
              setConfirmingBlock(false);
              void blocks.block(id).catch(blockFailed);
            }}
          />
        ) : null}
      </IonHeader>
      <IonContent scrollY={false}>
        <MessageList
          style={{ height: "100%" }}
          messages={messages}
          currentUserId={selfId}
          label={name}
          conversationKey={key ?? undefined}
          getAuthorName={isGroup ? authorName : undefined}
          onReport={report.onReport}
        />
        {report.dialog}
      </IonContent>
      <IonFooter>
        {partnerBlocked ? (
          <p role="status" className="ion-padding ion-text-center">
            {t("block.composer", { name })}
          </p>
        ) : (
          <MessageComposer
            label={t("chat.message")}
            sendLabel={t("chat.send")}
            disabled={!client || !key}
            onSend={(text) => key && client?.send(key, text)}
          />
        )}
      </IonFooter>
    </IonPage>
  );
}
