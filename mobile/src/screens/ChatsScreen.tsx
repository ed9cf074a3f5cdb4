import { type ConversationKey, isGroupKey, keyId, parseKey, type UserJson } from "@chat-app/client";
import { useAllTypists, useGroups, usePresence } from "@chat-app/client/react";
import { ChatList, type ChatSummary } from "@chat-app/ui-kit";
import {
  IonButton,
  IonButtons,
  IonContent,
  IonHeader,
  IonIcon,
  IonItem,
  IonItemOption,
  IonItemOptions,
  IonItemSliding,
  IonList,
  IonPage,
  IonRefresher,
  IonRefresherContent,
  IonSearchbar,
  IonTitle,
  IonToolbar,
  useIonRouter,
} from "@ionic/react";
import { arrowDown, peopleOutline, searchOutline, settingsOutline } from "ionicons/icons";
import { useT } from "../../../app/src/i18n/useT";
import { type MouseEvent, type ReactElement, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useClient } from "../state/client";
import { namesOf } from "../state/names";
import { chatSummaries } from "../state/summaries";
import { useChatList } from "../state/useChatList";

/** Ionic's item around a kit row: no padding or height of its own, the row takes the width. */
const ROW_ITEM_STYLE = { "--padding-start": "0", "--inner-padding-end": "0", "--min-height": "0", "--background": "transparent" };
const ROW_STYLE = { flex: "1 1 auto", minWidth: 0 };

/**
 * The chat list, people and groups (pull to refresh, swipe a row for "Mark as read"), virtualized
 * inside the page's IonContent (its scroll host); finding people by name, and log-out.
 */
export function ChatsScreen() {
  const t = useT();
  const client = useClient();
  const router = useIonRouter();
  const { rows, loaded, refresh } = useChatList(client);
  const selfId = client?.userId ?? 0;
  const presence = usePresence(client);
  const typing = useAllTypists(client);
  const groups = useGroups(client);
  const userName = useCallback((id: number) => namesOf(selfId).get(id) ?? t("names.user", { id }), [selfId, t]);
  const chats = useMemo(
    () => chatSummaries(rows, { selfId, presence, typing, groups, userName, t }),
    [rows, selfId, presence, typing, groups, userName, t],
  );
  const content = useRef<HTMLIonContentElement>(null);
  const [scrollHost, setScrollHost] = useState<HTMLElement | null>(null);
  const [query, setQuery] = useState("");
  const [people, setPeople] = useState<readonly UserJson[]>([]);

  useEffect(() => {
    const search = query.trim();
    if (!client || !search) return;
    let current = true;
    const timer = setTimeout(() => {
      client.api
        .searchUsers(search)
        .then(({ users }) => current && setPeople(users.filter((u) => u.id !== client.userId)))
        .catch((error: unknown) => console.warn("search:", error));
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, query]);

  // The list scrolls with the page: IonContent's own scroller, known once the element is ready.
  useEffect(() => {
    let current = true;
    void content.current?.getScrollElement().then((element) => current && setScrollHost(element));
    return () => {
      current = false;
    };
  }, []);

  const openChat = (partnerId: number, name: string) => {
    if (client) namesOf(client.userId).set(partnerId, name);
    setQuery("");
    setPeople([]);
    router.push(`/chat/${partnerId}`, "forward");
  };
  const openConversation = (key: ConversationKey, name: string) => {
    if (!isGroupKey(key)) return openChat(keyId(key), name);
    setQuery("");
    setPeople([]);
    router.push(`/group/${keyId(key)}`, "forward");
  };

  // Read up to the conversation's newest message; the list's count follows the server's receipt.
  const latestRows = useRef(rows);
  useEffect(() => {
    latestRows.current = rows;
  }, [rows]);
  const markRead = useCallback(
    (key: ConversationKey, event: MouseEvent<HTMLIonItemOptionElement>) => {
      const last = latestRows.current.find((row) => row.key === key)?.last;
      if (client && last) client.markRead(key, last.id);
      void event.currentTarget.closest("ion-item-sliding")?.close();
    },
    [client],
  );
  const renderRow = useCallback(
    (row: ReactElement, chat: ChatSummary) => {
      const key = parseKey(chat.id);
      return (
        <IonItemSliding>
          <IonItem lines="none" style={ROW_ITEM_STYLE}>
            <div style={ROW_STYLE}>{row}</div>
          </IonItem>
          <IonItemOptions side="end">
            <IonItemOption disabled={!key || !chat.unreadCount} onClick={(event) => key && markRead(key, event)}>
              {t("list.markRead")}
            </IonItemOption>
          </IonItemOptions>
        </IonItemSliding>
      );
    },
    [markRead, t],
  );

  return (
    <IonPage>
      <IonHeader>
        <IonToolbar>
          <IonTitle>{t("chat.chats")}</IonTitle>
          <IonButtons slot="end">
            <IonButton aria-label={t("search.messages")} onClick={() => router.push("/search", "forward")}>
              <IonIcon slot="icon-only" icon={searchOutline} aria-hidden="true" />
            </IonButton>
            <IonButton aria-label={t("chat.newGroup")} onClick={() => router.push("/groups/new", "forward")}>
              <IonIcon slot="icon-only" icon={peopleOutline} aria-hidden="true" />
            </IonButton>
            <IonButton aria-label={t("settings.open")} onClick={() => router.push("/settings", "forward")}>
              <IonIcon slot="icon-only" icon={settingsOutline} aria-hidden="true" />
            </IonButton>
          </IonButtons>
        </IonToolbar>
        <IonToolbar>
          <IonSearchbar
            aria-label={t("people.search")}
            placeholder={t("people.search")}
            value={query}
            debounce={0}
            onIonInput={(event) => setQuery(event.detail.value ?? "")}
          />
        </IonToolbar>
      </IonHeader>
      <IonContent ref={content} fullscreen>
        <IonHeader collapse="condense">
          <IonToolbar>
            <IonTitle size="large">{t("chat.chats")}</IonTitle>
          </IonToolbar>
        </IonHeader>
        <IonRefresher slot="fixed" onIonRefresh={(event) => void refresh().finally(() => void event.detail.complete())}>
          {/* An icon instead of the platform's spinner: Ionic then drags the list itself in both modes (with the
              spinner, iOS mode uses its native refresher, driven by overscroll, which Chromium does not do). */}
          <IonRefresherContent pullingIcon={arrowDown} />
        </IonRefresher>
        {query.trim() && people.length > 0 ? (
          <IonList aria-label={t("people.list")}>
            {people.map((person) => (
              <IonItem key={person.id} button detail={false} onClick={() => openChat(person.id, person.username)}>
                {person.username}
              </IonItem>
            ))}
          </IonList>
        ) : null}
        {chats.length > 0 ? (
          <ChatList
            label={t("chat.chats")}
            chats={chats}
            scrollElement={scrollHost}
            renderRow={renderRow}
            onSelect={(id, chat) => {
              const key = parseKey(id);
              if (key) openConversation(key, chat.name);
            }}
          />
        ) : loaded ? (
          <p className="ion-padding">{t("chat.noConversations")}</p>
        ) : null}
      </IonContent>
    </IonPage>
  );
}
