import {
  Banner,
  Button,
  ChatHeader,
  ChatList,
  ChatPage,
  EmptyState,
  MessageComposer,
  MessageList,
  TypingIndicator,
  type ChatMessage,
  type ChatSummary,
  type PresenceStatus,
} from "@chat-app/ui-kit";
import { useCallback, useEffect, useMemo, useState } from "react";
import styled from "styled-components";
import type { PresenceJson, SearchResultJson, Session, UserJson } from "../chat-client";
import { useChatSession } from "../hooks/useChatSession";
import type { Route } from "../state/routes";
import { MessageSearch } from "./MessageSearch";
import { PeopleFinder } from "./PeopleFinder";

const Me = styled.span`
  font-size: 0.875rem;
  opacity: 0.8;
  max-width: 9em;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

export interface ChatScreenProps {
  session: Session;
  openId: number | null;
  navigate: (route: Route) => void;
  onLogout: () => void;
  onExpired: () => void;
}

const Finders = styled.div`
  display: flex;
  flex-direction: column;
  gap: 8px;
`;

const presenceOf = (entry: PresenceJson | undefined): PresenceStatus | undefined => (entry ? (entry.online ? "online" : "offline") : undefined);

/** "Enable notifications" while the browser would still ask; asking happens only on this click. */
function useNotificationPermission(): [NotificationPermission | "unsupported", () => void] {
  const supported = typeof Notification !== "undefined";
  const [permission, setPermission] = useState<NotificationPermission | "unsupported">(supported ? Notification.permission : "unsupported");
  const ask = useCallback(() => {
    if (!supported) return;
    void Notification.requestPermission().then(setPermission, () => setPermission(Notification.permission));
  }, [supported]);
  return [permission, ask];
}

export function ChatScreen({ session, openId, navigate, onLogout, onExpired }: ChatScreenProps) {
  const openChat = useCallback((partnerId: number) => navigate({ name: "chat", partnerId }), [navigate]);
  const chat = useChatSession(session, openId, onExpired, openChat);
  const [notifications, askNotifications] = useNotificationPermission();
  const { conversations, partnerName, rememberName, fail } = chat;

  const summaries = useMemo(
    () =>
      conversations.map(
        (row): ChatSummary => ({
          id: row.partner.id,
          name: row.partner.username,
          lastMessage:
            (row.last.sender_id === session.user.id ? "You: " : "") + (row.last.deleted_at ? "Message deleted" : row.last.message_content),
          lastMessageAt: row.last.timestamp,
          unreadCount: row.unread,
          presence: presenceOf(chat.presence.get(row.partner.id)),
          typing: chat.typing.has(row.partner.id),
        }),
      ),
    [conversations, session.user.id, chat.presence, chat.typing],
  );

  const unread = conversations.reduce((sum, row) => sum + row.unread, 0);
  useEffect(() => {
    document.title = unread > 0 ? `(${unread}) Chat` : "Chat";
  }, [unread]);

  const pick = useCallback(
    (user: UserJson) => {
      rememberName(user.id, user.username);
      navigate({ name: "chat", partnerId: user.id });
    },
    [navigate, rememberName],
  );
  const { openAt } = chat;
  const openResult = useCallback(
    (result: SearchResultJson) => {
      rememberName(result.partner_id, result.partner_username);
      openAt(result.partner_id, result.id);
      navigate({ name: "chat", partnerId: result.partner_id });
    },
    [navigate, rememberName, openAt],
  );
  const onRetry = useCallback((message: ChatMessage) => chat.retry(String(message.id)), [chat.retry]);
  const onDiscard = useCallback((message: ChatMessage) => chat.discard(String(message.id)), [chat.discard]);
  const onEdit = useCallback((message: ChatMessage, text: string) => chat.edit(message.id, text), [chat.edit]);
  const onDelete = useCallback((message: ChatMessage) => chat.remove(message.id), [chat.remove]);
  const openPresence = openId === null ? undefined : chat.presence.get(openId);
  const name = openId === null ? "" : partnerName(openId);
  const selfId = session.user.id;
  const selfName = session.user.username;
  const getAuthorName = useCallback((id: string | number) => (id === selfId ? selfName : name), [selfId, selfName, name]);
  const reconnecting = chat.connection === "reconnecting" || chat.connection === "offline";

  return (
    <ChatPage
      title="Chats"
      activePane={openId === null ? "list" : "conversation"}
      banner={
        reconnecting ? (
          <Banner tone="warning" busy>
            Reconnecting…
          </Banner>
        ) : null
      }
      sidebarActions={
        <>
          <Me title={session.user.username}>{session.user.username}</Me>
          {notifications === "default" ? (
            <Button variant="ghost" size="sm" onClick={askNotifications}>
              Notify me
            </Button>
          ) : null}
          <Button variant="secondary" size="sm" onClick={onLogout}>
            Log out
          </Button>
        </>
      }
      search={
        <Finders>
          <PeopleFinder api={chat.client?.api} onPick={pick} onError={fail} />
          <MessageSearch api={chat.client?.api} selfId={session.user.id} onOpen={openResult} onError={fail} />
        </Finders>
      }
      chatList={
        <ChatList
          chats={summaries}
          selectedId={openId}
          searchable={false}
          label="Chats"
          onSelect={(id) => navigate({ name: "chat", partnerId: Number(id) })}
          emptyState={<EmptyState title="No conversations yet" description="Search for someone to start a chat." />}
        />
      }
      header={
        openId === null ? undefined : (
          <ChatHeader
            partner={{ name, presence: presenceOf(openPresence) }}
            lastSeen={openPresence?.last_seen_at ?? null}
            onBack={() => navigate({ name: "chats" })}
          />
        )
      }
      messageList={
        openId === null ? undefined : (
          <MessageList
            conversationKey={openId}
            messages={chat.messages}
            currentUserId={session.user.id}
            label={name}
            getAuthorName={getAuthorName}
            showAuthorNames={false}
            highlightId={chat.highlightId}
            onLoadOlder={chat.loadOlder}
            hasOlder={chat.history.hasOlder}
            loadingOlder={chat.history.loadingOlder}
            onRetry={onRetry}
            onDiscard={onDiscard}
            onEdit={onEdit}
            onDelete={onDelete}
            emptyState={
              chat.history.loaded ? <EmptyState title="No messages yet" description={`Say hello to ${name}.`} /> : null
            }
          />
        )
      }
      typing={openId === null ? undefined : <TypingIndicator names={chat.typing.has(openId) ? [name] : []} />}
      composer={
        openId === null ? undefined : (
          <MessageComposer
            key={openId}
            value={chat.draft}
            onValueChange={chat.setDraft}
            onSend={chat.send}
            onBlur={chat.stopTyping}
            label="Message"
            sendLabel="Send"
          />
        )
      }
      emptyConversation={<EmptyState title="Pick a conversation" description="Or search for someone to start a new one." />}
    />
  );
}
