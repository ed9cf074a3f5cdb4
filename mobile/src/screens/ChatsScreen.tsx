import type { UserJson } from "@chat-app/client";
import { ChatList } from "@chat-app/ui-kit";
import {
  IonButton,
  IonButtons,
  IonContent,
  IonHeader,
  IonIcon,
  IonItem,
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
import { useEffect, useState } from "react";
import { useClient } from "../state/client";
import { namesOf } from "../state/names";
import { useConversations } from "../state/useConversations";
import { strings } from "../strings";

/** The chat list (pull to refresh), finding people by name, and log-out. */
export function ChatsScreen() {
  const t = useT();
  const client = useClient();
  const router = useIonRouter();
  const { rows, loaded, refresh } = useConversations(client, null);
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

  const openChat = (partnerId: number, name: string) => {
    if (client) namesOf(client.userId).set(partnerId, name);
    setQuery("");
    setPeople([]);
    router.push(`/chat/${partnerId}`, "forward");
  };

  return (
    <IonPage>
      <IonHeader>
        <IonToolbar>
          <IonTitle>{strings.chats}</IonTitle>
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
            aria-label={strings.searchPeople}
            placeholder={strings.searchPeople}
            value={query}
            debounce={0}
            onIonInput={(event) => setQuery(event.detail.value ?? "")}
          />
        </IonToolbar>
      </IonHeader>
      <IonContent>
        <IonRefresher slot="fixed" onIonRefresh={(event) => void refresh().finally(() => void event.detail.complete())}>
          {/* An icon instead of the platform's spinner: Ionic then drags the list itself in both modes (with the
              spinner, iOS mode uses its native refresher, driven by overscroll, which Chromium does not do). */}
          <IonRefresherContent pullingIcon={arrowDown} />
        </IonRefresher>
        {query.trim() && people.length > 0 ? (
          <IonList aria-label={strings.people}>
            {people.map((person) => (
              <IonItem key={person.id} button detail={false} onClick={() => openChat(person.id, person.username)}>
                {person.username}
              </IonItem>
            ))}
          </IonList>
        ) : null}
        {loaded && rows.length === 0 ? <p className="ion-padding">{strings.noConversations}</p> : null}
        <ChatList
          style={{ height: "100%" }}
          label={strings.chats}
          chats={rows}
          onSelect={(id, chat) => {
            const partner = /^u:(\d+)$/.exec(String(id));
            if (partner) openChat(Number(partner[1]), chat.name);
          }}
        />
      </IonContent>
    </IonPage>
  );
}
