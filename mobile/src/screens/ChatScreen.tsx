import { receiptStatus, userKey } from "@chat-app/client";
import { useMessages, usePendingMessages, useReceipts } from "@chat-app/client/react";
import { MessageComposer, MessageList } from "@chat-app/ui-kit";
import { IonBackButton, IonButtons, IonContent, IonFooter, IonHeader, IonPage, IonTitle, IonToolbar } from "@ionic/react";
import { useEffect, useMemo } from "react";
import { useParams } from "react-router-dom";
import { useClient } from "../state/client";
import { toMessages } from "../state/messages";
import { namesOf } from "../state/names";
import { strings } from "../strings";

/** One conversation: its newest page, live messages through the client's hooks, and the composer. */
export function ChatScreen() {
  const client = useClient();
  const partnerId = Number(useParams<{ partnerId: string }>().partnerId);
  const key = Number.isInteger(partnerId) && partnerId > 0 ? userKey(partnerId) : null;
  const stored = useMessages(client, key);
  const pending = usePendingMessages(client, key);
  const receipts = useReceipts(client, key);
  const selfId = client?.userId ?? 0;
  const name = (client && key ? namesOf(selfId).get(partnerId) : undefined) ?? `User ${partnerId}`;

  useEffect(() => {
    if (!client || !key) return;
    client.loadLatestPage(key).catch((error: unknown) => console.warn("conversation:", error));
  }, [client, key]);
  // Read while on screen: the partner's newest message.
  useEffect(() => {
    if (!client || !key) return;
    const newest = stored.findLast((m) => m.sender_id !== selfId);
    if (newest) client.markRead(key, newest.id);
  }, [client, key, stored, selfId]);

  const messages = useMemo(
    () => (receipts ? toMessages(stored, pending, selfId, (m) => receiptStatus(m, receipts)) : []),
    [stored, pending, selfId, receipts],
  );

  return (
    <IonPage>
      <IonHeader>
        <IonToolbar>
          <IonButtons slot="start">
            <IonBackButton defaultHref="/chats" text={strings.back} />
          </IonButtons>
          <IonTitle>{name}</IonTitle>
        </IonToolbar>
      </IonHeader>
      <IonContent scrollY={false}>
        <MessageList style={{ height: "100%" }} messages={messages} currentUserId={selfId} label={name} conversationKey={key ?? undefined} />
      </IonContent>
      <IonFooter>
        <MessageComposer
          label={strings.message}
          sendLabel={strings.send}
          disabled={!client || !key}
          onSend={(text) => key && client?.send(key, text)}
        />
      </IonFooter>
    </IonPage>
  );
}
