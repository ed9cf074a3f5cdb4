import {
  Banner,
  Button,
  ChatHeader,
  ChatList,
  ChatPage,
  EmptyState,
  ImageViewer,
  MessageComposer,
  MessageList,
  TypingIndicator,
  type ChatMessage,
} from "@chat-app/ui-kit";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useT } from "../i18n/useT";
import styled from "styled-components";
import {
  ApiError,
  type CallTarget,
  type ConversationKey,
  groupKey,
  isGroupKey,
  keyId,
  parseKey,
  type SearchResultJson,
  type Session,
  shownName,
  type UserJson,
  userKey,
} from "@chat-app/client";
import { useCalls, useOutbox } from "@chat-app/client/react";
import type { CallJson } from "@chat-app/protocol";
import { useNotifications } from "../hooks/notifications";
import { useOnline } from "../hooks/useOnline";
import { useChatSession } from "../hooks/useChatSession";
import { useConversationAttachments } from "../hooks/useConversationAttachments";
import { useActionFailure } from "../hooks/useActionFailure";
import { useJumpHighlight } from "../hooks/useJumpHighlight";
import { useNewerPages } from "../hooks/useNewerPages";
import { useReactions } from "../hooks/useReactions";
import { useReplies } from "../hooks/useReplies";
import { useConversationMute } from "../hooks/useConversationMute";
import { useForward } from "../hooks/useForward";
import { useMentions } from "../hooks/useMentions";
import { useConversationPins } from "../hooks/usePins";
import { useFirstUnread } from "../hooks/useFirstUnread";
import { useLinkPreviews } from "../hooks/useLinkPreviews";
import { CallHeaderButtons } from "../calls/CallHeaderButtons";
import { useCallBack } from "../calls/useCallBack";
import { pushSupported, unsubscribeThisBrowser } from "../pwa/push-subscription";
import { usePushSubscription } from "../pwa/usePushSubscription";
import { UpdateBanner } from "../pwa/UpdateBanner";
import { useUpdateReady } from "../pwa/UpdateContext";
import { nameIn } from "../calls/call-names";
import { CallLayer } from "../calls/CallLayer";
import { GroupCallBanner, joinableGroupCall } from "../calls/GroupCallBanner";
import { LogoutConfirm } from "./LogoutConfirm";
import { BlockConfirm } from "./BlockConfirm";
import { useBlocks } from "../hooks/useBlocks";
import { useReport } from "../hooks/useReport";
import { chatSummaries, presenceOf } from "../state/summaries";
import { chatPath, conversationPath, groupPath, PATHS } from "../routes/paths";
import { GroupMembers } from "./GroupMembers";
import { MessageSearch } from "./MessageSearch";
import { NotifyToggle } from "./NotifyToggle";
import { NewGroup } from "./NewGroup";
import { PeopleFinder } from "./PeopleFinder";
import { SettingsDialog } from "./SettingsDialog";
import { usePartnerAvatar } from "../hooks/usePartnerAvatar";
import { useListAvatars } from "../hooks/useListAvatars";

const Me = styled.span`
  font-size: 0.875rem;
  opacity: 0.8;
  max-width: 9em;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

const Finders = styled.div`
  display: flex;
  flex-direction: column;
  gap: 8px;
`;

/** In place of the composer once I am out of a group. */
/** The side region the group members panel opens in; the header's Members toggle controls it. */
const MEMBERS_PANEL_ID = "group-members-panel";

const Gone = styled.p`
  margin: 0;
  padding: 12px 16px;
  text-align: center;
  font-size: 0.9375rem;
  opacity: 0.85;
`;

export interface ChatScreenProps {
  session: Session;
  openKey: ConversationKey | null;
  navigate: (path: string) => void;
  onLogout: () => void;
  onExpired: () => void;
}

const NO_TYPISTS: readonly number[] = [];

export function ChatScreen({ session, openKey, navigate, onLogout, onExpired }: ChatScreenProps) {
  const t = useT();
  const open = useCallback((key: ConversationKey) => navigate(conversationPath(key)), [navigate]);
  const chat = useChatSession(session, openKey, onExpired, open);
  const files = useConversationAttachments(chat.client, openKey, chat.messages);
  const [notifications, toggleNotifications] = useNotifications();
  const [creating, setCreating] = useState(false);
  const [membersOpen, setMembersOpen] = useState(false);
  const unsent = useOutbox(chat.client).length;
  const [confirmingLogout, setConfirmingLogout] = useState(false);
  const logoutButton = useRef<HTMLButtonElement>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [confirmingBlock, setConfirmingBlock] = useState(false);
  const settingsButton = useRef<HTMLButtonElement>(null);
  // Closing the members panel or the new-group form puts focus back on the button that opened it.
  const membersButton = useRef<HTMLButtonElement>(null);
  const newGroupButton = useRef<HTMLButtonElement>(null);
  const chatList = useRef<HTMLDivElement>(null);
  // Opening a conversation (from the list, a search, a link, a new group) puts focus where one writes.
  const composerRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    composerRef.current?.focus();
  }, [openKey]);
  const { client } = chat;
  usePushSubscription(client, notifications);
  const activateUpdate = useUpdateReady();
  const logOut = useCallback(() => {
    // Nothing more is sent, stored or pushed here for this person once they chose to leave, and
    // their offline cache goes (here, not in forgetPerson: the log-in page's code stays as small).
    // The session ends on the server last: the push subscription's removal still needs its token.
    const unsubscribed = pushSupported() ? unsubscribeThisBrowser(client?.api ?? null).catch(() => undefined) : Promise.resolve();
    void unsubscribed.then(() => client?.api.logOut());
    void client?.forget();
    onLogout();
  }, [client, onLogout]);
  /** The account is gone on the server (sessions, push endpoints included): only this browser's copy is left to forget. */
  const leaveDeleted = useCallback(() => {
    void client?.forget();
    onLogout();
  }, [client, onLogout]);
  const stay = useCallback(() => {
    setConfirmingLogout(false);
    logoutButton.current?.focus();
  }, []);
  const { conversations, userName, conversationName, groupName, rememberName, fail, groups, removed } = chat;
  const selfId = session.user.id;
  const selfName = session.user.username;
  // My own name as others see it: the client hears my changes (here or in another tab) live.
  const selfShown = shownName(client?.profile(selfId) ?? session.user);

  // Another conversation closes the form and the members panel.
  const [shownKey, setShownKey] = useState(openKey);
  if (shownKey !== openKey) {
    setShownKey(openKey);
    setCreating(false);
    setMembersOpen(false);
    setConfirmingBlock(false);
  }

  const { presence, typing } = chat;
  const summaries = useMemo(
    () => chatSummaries(conversations, { selfId, presence, typing, groups, userName, t }),
    [conversations, selfId, presence, typing, groups, userName, t],
  );
  const directIds = useMemo(() => new Map(conversations.filter((c) => c.kind === "direct").map((c) => [c.key as string, c.id])), [conversations]);
  const listed = useListAvatars(client, summaries, directIds);

  const unread = conversations.reduce((sum, row) => sum + row.unread, 0);
  useEffect(() => {
    document.title = unread > 0 ? `(${unread}) ${t("app.name")}` : t("app.name");
  }, [unread, t]);

  const pick = useCallback(
    (user: UserJson) => {
      rememberName(user.id, shownName(user));
      navigate(chatPath(user.id));
    },
    [navigate, rememberName],
  );
  const { openAt } = chat;
  const openResult = useCallback(
    (result: SearchResultJson) => {
      let key: ConversationKey;
      if (typeof result.group_id === "number") {
        key = groupKey(result.group_id);
      } else if (result.partner_id !== null) {
        if (result.partner_username) rememberName(result.partner_id, result.partner_username);
        key = userKey(result.partner_id);
      } else {
        return;
      }
      openAt(key, result.id);
      open(key);
    },
    [open, rememberName, openAt],
  );
  const { retry, discard, edit, remove } = chat;
  const onRetry = useCallback((message: ChatMessage) => retry(String(message.id)), [retry]);
  const onDiscard = useCallback((message: ChatMessage) => discard(String(message.id)), [discard]);
  const onEdit = useCallback((message: ChatMessage, text: string) => edit(message.id, text), [edit]);
  const onDelete = useCallback((message: ChatMessage) => remove(message.id), [remove]);

  const isGroup = openKey !== null && isGroupKey(openKey);
  const openId = openKey === null ? null : keyId(openKey);
  const group = isGroup && openId !== null ? groups.get(openId) : undefined;
  const member = !isGroup || openId === null || !removed.has(openId);
  const partnerDeleted = !isGroup && conversations.some((c) => c.key === openKey && c.deleted);
  const name = openKey === null ? "" : partnerDeleted ? t("leave.deletedAccount") : (group?.name ?? conversationName(openKey));
  const openPresence = openKey === null || isGroup || partnerDeleted ? undefined : chat.presence.get(openId!);
  const partnerAvatar = usePartnerAvatar(client, isGroup ? null : openId);
  const getAuthorName = useCallback(
    (id: string | number) => {
      if (id === selfId) return selfShown;
      const member = isGroup ? group?.members.find((m) => m.id === id) : undefined;
      if (isGroup) return member ? shownName(member) : userName(Number(id));
      return name;
    },
    [selfId, selfShown, isGroup, group, userName, name],
  );
  const { sentence: failureShown, report } = useActionFailure(fail);
  const calls = useCalls(client);
  const callFailed = useMemo(() => report(t("failure.call")), [report, t]);
  // "Busy" is said by the call layer's line (from the calls snapshot), not as a failure.
  const onCallError = useCallback(
    (error: unknown) => (error instanceof ApiError && error.status === 409 && error.message.startsWith("busy") ? undefined : callFailed(error)),
    [callFailed],
  );
  const callTitle = useCallback(
    (call: CallJson) =>
      "group_id" in call.conversation
        ? (groupName(call.conversation.group_id) ?? t("chat.conversation"))
        : nameIn(call, call.conversation.user_id, userName),
    [groupName, userName, t],
  );
  const callTarget = useMemo<CallTarget | null>(
    () => (openId === null || !member || partnerDeleted ? null : isGroup ? { groupId: openId } : { userId: openId }),
    [openId, member, isGroup, partnerDeleted],
  );
  const callButtons = callTarget ? <CallHeaderButtons calls={calls} target={callTarget} onError={onCallError} /> : null;
  const onCallBack = useCallBack(calls, callTarget, onCallError);
  const liveGroupCall = isGroup && openId !== null && member ? joinableGroupCall(calls, openId) : undefined;
  const groupCall = liveGroupCall ? <GroupCallBanner calls={calls} call={liveGroupCall} userName={userName} onError={onCallError} /> : null;
  const replies = useReplies({ openKey, serverId: chat.serverId, authorName: (id) => getAuthorName(id) ?? "", send: chat.send });
  const reactionFailed = useMemo(() => report(t("failure.reaction")), [report, t]);
  const onToggleReaction = useReactions(client, { serverId: chat.serverId, onFailure: reactionFailed });
  const jumpFailed = useMemo(() => report(t("failure.jump")), [report, t]);
  const jumped = useJumpHighlight(client, openKey, { selfId, stored: chat.stored, onFailure: jumpFailed });
  // The actions menu's Forward and Pin, the pinned bar, mentions, and muting this conversation.
  const pinFailed = useMemo(() => report(t("failure.pin")), [report, t]);
  const pinOptions = {
    selfId,
    group,
    member,
    serverId: chat.serverId,
    authorName: getAuthorName,
    jump: jumped.onJumpToMessage,
    onFailure: pinFailed,
  };
  const pins = useConversationPins(client, openKey, pinOptions);
  const forward = useForward(client, { conversations, serverId: chat.serverId, authorName: getAuthorName, doneText: t("forward.done"), fail });
  const mentions = useMentions(member ? group : undefined, selfId, selfName);
  const blocks = useBlocks(client?.api, fail);
  const reports = useReport(client?.api, { serverId: chat.serverId, authorName: getAuthorName, fail });
  const partnerBlocked = !isGroup && openId !== null && blocks.blocked.has(openId);
  const blockFailed = useMemo(() => report(t("failure.block")), [report, t]);
  const blockButton =
    isGroup || openId === null || partnerDeleted ? null : (
      <Button
        variant="secondary"
        size="sm"
        onClick={() => {
          if (partnerBlocked) void blocks.unblock(openId).catch(blockFailed);
          else setConfirmingBlock(true);
        }}
      >
        {partnerBlocked ? t("block.unblock") : t("block.block")}
      </Button>
    );
  const [muted, toggleMute] = useConversationMute(openKey);
  const muteButton = (
    <Button variant="secondary" size="sm" onClick={toggleMute}>
      {muted ? t("chat.unmute") : t("chat.mute")}
    </Button>
  );
  const onScrollCapture = useNewerPages(client, openKey, fail);
  const linkPreviewFailed = useMemo(() => report(t("failure.linkPreview")), [report, t]);
  const onRemoveLinkPreview = useLinkPreviews(client, { serverId: chat.serverId, onFailure: linkPreviewFailed });
  const firstUnreadFailed = useMemo(() => report(t("failure.firstUnread")), [report, t]);
  const historyLoaded = chat.history.key === openKey && chat.history.loaded;
  const firstUnread = useFirstUnread(client, openKey, {
    rows: conversations,
    stored: chat.stored,
    loaded: historyLoaded,
    jump: jumped.onJumpToMessage,
    fail: firstUnreadFailed,
  });
  const typists = openKey === null ? NO_TYPISTS : chat.typistsIn(openKey);
  const typingNames = useMemo(
    () => (isGroup ? typists.map((id) => getAuthorName(id)) : typists.length > 0 ? [name] : []),
    [isGroup, typists, getAuthorName, name],
  );
  const online = useOnline();
  const reconnecting = chat.connection === "reconnecting" || chat.connection === "offline";
  const showConversation = openKey !== null && !creating;
  const missing = chat.history.missing;
  /** A group I was in (its name is known) or one I never was in (an address typed or shared). */
  const wasMember = isGroup && openId !== null && groupName(openId) !== undefined;
  const notMember = wasMember ? t("chat.noLongerMember") : t("chat.notMember");

  const leave = useCallback(() => {
    setMembersOpen(false);
    navigate(PATHS.chats);
    // The panel (and the group) are gone: focus goes to the list's tab stop, which is always rendered.
    chatList.current?.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
  }, [navigate]);

  return (
    <>
      <ChatPage
        title={t("chat.chats")}
        sidebarLabel={t("chat.conversations")}
        conversationLabel={t("chat.conversation")}
        conversationTitle={creating ? t("newGroup.title") : showConversation ? name : undefined}
        activePane={openKey === null && !creating ? "list" : "conversation"}
        banner={
          confirmingLogout ? (
            <LogoutConfirm unsent={unsent} onStay={stay} onLogout={logOut} />
          ) : confirmingBlock && openId !== null && !isGroup ? (
            <BlockConfirm
              name={name}
              onCancel={() => setConfirmingBlock(false)}
              onBlock={() => {
                setConfirmingBlock(false);
                void blocks.block(openId).catch(blockFailed);
              }}
            />
          ) : !online ? (
            <Banner tone="warning">{t("chat.offline")}</Banner>
          ) : reconnecting ? (
            <Banner tone="warning" busy>
              {t("chat.reconnecting")}
            </Banner>
          ) : failureShown ? (
            <Banner tone="danger">{failureShown}</Banner>
          ) : activateUpdate ? (
            <UpdateBanner onReload={activateUpdate} />
          ) : null
        }
        sidebarActions={
          <>
            <Me title={`@${session.user.username}`}>{selfShown}</Me>
            <NotifyToggle state={notifications} onToggle={toggleNotifications} />
            <Button variant="secondary" size="sm" ref={settingsButton} aria-haspopup="dialog" onClick={() => setSettingsOpen(true)}>
              {t("settings.open")}
            </Button>
            {settingsOpen ? (
              <SettingsDialog
                api={client?.api}
                client={client}
                session={session}
                onUnauthorized={fail}
                onAccountDeleted={leaveDeleted}
                onBlocksChanged={blocks.refresh}
                onOpenAdmin={() => navigate(PATHS.admin)}
                onClose={() => {
                  setSettingsOpen(false);
                  settingsButton.current?.focus();
                }}
              />
            ) : null}
            <Button variant="secondary" size="sm" ref={logoutButton} onClick={() => (unsent > 0 ? setConfirmingLogout(true) : logOut())}>
              {t("chat.logOut")}
            </Button>
          </>
        }
        search={
          <Finders>
            <PeopleFinder api={chat.client?.api} onPick={pick} onError={fail} />
            <MessageSearch api={chat.client?.api} selfId={selfId} authorName={userName} onOpen={openResult} onError={fail} />
            <Button ref={newGroupButton} variant="secondary" size="sm" onClick={() => setCreating(true)} aria-pressed={creating}>
              {t("chat.newGroup")}
            </Button>
          </Finders>
        }
        chatList={
          <ChatList
            ref={chatList}
            chats={listed}
            selectedId={creating ? null : openKey}
            searchable={false}
            label={t("chat.chats")}
            onSelect={(id) => {
              const key = parseKey(id);
              if (!key) return;
              setCreating(false);
              open(key);
            }}
            emptyState={<EmptyState title={t("chat.noConversations")} description={t("chat.noConversationsHint")} />}
          />
        }
        header={
          creating ? undefined : !showConversation ? undefined : isGroup ? (
            <ChatHeader
              kind="group"
              partner={{ name }}
              memberCount={member ? group?.members.length : undefined}
              subtitle={member ? undefined : notMember}
              backLabel={t("chat.back")}
              membersLabel={t("chat.members")}
              onBack={() => navigate(PATHS.chats)}
              onToggleMembers={member && group ? () => setMembersOpen((v) => !v) : undefined}
              membersOpen={membersOpen}
              membersPanelId={MEMBERS_PANEL_ID}
              membersButtonRef={membersButton}
              pinned={
                groupCall || pins.bar ? (
                  <>
                    {groupCall}
                    {pins.bar}
                  </>
                ) : undefined
              }
              actions={
                <>
                  {callButtons}
                  {muteButton}
                </>
              }
            />
          ) : (
            <ChatHeader
              partner={{ name, presence: presenceOf(openPresence), avatarUrl: partnerAvatar }}
              lastSeen={openPresence?.last_seen_at ?? null}
              backLabel={t("chat.back")}
              onBack={() => navigate(PATHS.chats)}
              pinned={pins.bar}
              actions={
                <>
                  {callButtons}
                  {muteButton}
                  {blockButton}
                </>
              }
            />
          )
        }
        messageList={
          creating ? (
            <NewGroup
              api={chat.client?.api}
              actions={chat.groupActions}
              onCreated={(id) => {
                setCreating(false);
                navigate(groupPath(id));
              }}
              onCancel={() => {
                setCreating(false);
                newGroupButton.current?.focus();
              }}
              onError={fail}
            />
          ) : !showConversation ? undefined : missing ? (
            <EmptyState
              title={isGroup ? t("chat.groupNotFound") : t("chat.personNotFound")}
              description={isGroup ? t("chat.groupNotFoundHint") : t("chat.personNotFoundHint")}
            />
          ) : (
            <MessageList
              messages={chat.messages}
              currentUserId={selfId}
              label={name}
              getAuthorName={getAuthorName}
              showAuthorNames={isGroup}
              highlightId={jumped.highlightId ?? chat.highlightId}
              onJumpToMessage={jumped.onJumpToMessage}
              onToggleReaction={member ? onToggleReaction : undefined}
              {...jumped.listHandlers}
              onReply={member ? replies.reply : undefined}
              onForward={member ? forward.onForward : undefined}
              onTogglePin={pins.onTogglePin}
              onReport={reports.onReport}
              getUsername={mentions.getUsername}
              onScrollCapture={onScrollCapture}
              {...firstUnread.listProps}
              onRemoveLinkPreview={member ? onRemoveLinkPreview : undefined}
              onLoadOlder={chat.loadOlder}
              hasOlder={chat.history.hasOlder}
              loadingOlder={chat.history.loadingOlder}
              onRetry={onRetry}
              onDiscard={onDiscard}
              onCallBack={onCallBack}
              onEdit={member ? onEdit : undefined}
              onDelete={member ? onDelete : undefined}
              onOpenImage={files.list.onOpenImage}
              onAttachmentError={files.list.onAttachmentError}
              emptyState={chat.history.loaded ? <EmptyState title={t("chat.noMessages")} description={t("chat.sayHello", { name })} /> : null}
            />
          )
        }
        sidePanelId={MEMBERS_PANEL_ID}
        sidePanelLabel={t("chat.groupMembers")}
        sidePanel={
          showConversation && !missing && isGroup && membersOpen && group && member ? (
            <GroupMembers
              api={chat.client?.api}
              client={client}
              actions={chat.groupActions}
              group={group}
              selfId={selfId}
              presence={chat.presence}
              onClose={() => {
                setMembersOpen(false);
                membersButton.current?.focus();
              }}
              onLeft={leave}
              onError={fail}
            />
          ) : undefined
        }
        typing={showConversation && !missing ? <TypingIndicator names={typingNames} /> : undefined}
        composer={
          !showConversation || missing ? undefined : partnerDeleted ? (
            <Gone role="status">{t("leave.composer")}</Gone>
          ) : partnerBlocked ? (
            <Gone role="status">{t("block.composer", { name })}</Gone>
          ) : member ? (
            <MessageComposer
              ref={composerRef}
              key={openKey}
              value={chat.draft}
              onValueChange={chat.setDraft}
              onSend={replies.sendReply}
              replyingTo={replies.replyingTo}
              onCancelReply={replies.cancelReply}
              mentionCandidates={mentions.mentionCandidates}
              {...files.composer}
              onBlur={chat.stopTyping}
              label={t("chat.message")}
              sendLabel={t("chat.send")}
            />
          ) : (
            <Gone role="status">{wasMember ? t("chat.noLongerMemberOfGroup") : t("chat.notMemberOfGroup")}</Gone>
          )
        }
        emptyConversation={<EmptyState title={t("chat.pickConversation")} description={t("chat.pickConversationHint")} />}
        onDropFiles={showConversation && !missing && member ? files.onDropFiles : undefined}
      />
      {forward.dialog}
      {reports.dialog}
      <CallLayer calls={calls} selfName={selfShown} userName={userName} titleOf={callTitle} onError={onCallError} />
      {files.viewer ? (
        <ImageViewer
          open
          images={files.viewer.images}
          index={files.viewer.index}
          onIndexChange={files.setViewerIndex}
          onClose={files.closeViewer}
          onAttachmentError={files.list.onAttachmentError}
        />
      ) : null}
    </>
  );
}
