import type { AttachmentJson, MessagePinnedJson, MessageReactionsJson, UpdateProfileInputJson, UserProfileJson } from "@chat-app/protocol";
import { ApiError, ChatApi, type ConversationPage, messageTarget, receiptTarget } from "./api";
import { linkExpiries } from "./attachments/attachment-expiry";
import type { OutboxAttachment, PendingAttachment } from "./attachments/attachment-types";
import { ClientAttachments } from "./attachments/client-attachments";
import { defaultPendingFileStore } from "./attachments/pending-file-store";
import { AvatarLoader } from "./avatars/avatar-loader";
import { defaultUploadTransport } from "./attachments/upload-transport";
import { CallManager } from "./calls/CallManager";
import { ChangesFeed } from "./changes-feed";
import type { ChatClientEvents, ChatClientOptions, LatestPage } from "./client-types";
import { CatchUpCursor } from "./catch-up-cursor";
import { ConversationLoader } from "./conversation-loader";
import { Connection, type ConnectionState } from "./connection";
import { Emitter } from "./emitter";
import { Groups } from "./groups";
import { type ConversationKey, type ConversationRef, type GroupKey, groupKey, isGroupKey, keyId, toKey, type UserKey, userKey } from "./keys";
import { MessageStore } from "./message-store";
import { defaultOfflineCache } from "./offline/indexeddb-offline-cache";
import { isNetworkFailure } from "./offline/offline-cache";
import { OfflineKeeper } from "./offline/offline-keeper";
import { entryKey, Outbox, type OutboxEntry } from "./outbox";
import { OutboxSender } from "./outbox-sender";
import { type PinnedJson, Pins } from "./pins";
import { Presence } from "./presence";
import { Profiles } from "./profiles";
import { toggledReactions } from "./reactions";
import type { SendFailure } from "./send-failure";
import { type ConversationReceipts, type DirectReceipts, type GroupReceipts, Receipts } from "./receipts";
import { type ConversationJson, type GroupJson, MemoryStorage, type MessageJson, type PresenceJson, type ReceiptStatus } from "./types";
import { Typing } from "./typing";

/** Why the client failed an outbox entry for a group it is no longer in. */
export const NOT_A_MEMBER = "You are no longer a member of this group";
const NOT_A_MEMBER_FAILURE: SendFailure = { reason: "not_a_member", retryable: false, message: NOT_A_MEMBER, status: 403 };
/** How many of a conversation's newest messages the offline cache keeps. */
const OFFLINE_PAGE = 50;

/**
 * The connection to the server: live messages, history, and sends that survive disconnects,
 * reloads and server restarts. Every message is kept once (by id) and in server order (by id), and
 * after any reconnect the client asks for what came after the last id it has. A facade over one
 * part per concern; each change is announced as an event, and `subscribe`/`version` let views
 * (see `@chat-app/client/react`) re-read only when something changed. (Longer than the other files
 * on purpose: it is the whole public API, each method a documented hand-off to its part.)
 */
export class ChatClient extends Emitter<ChatClientEvents> {
  readonly api: ChatApi;
  readonly outbox: Outbox;
  /** Audio and video calls: what rings, the call this tab is in, the group calls to join. */
  readonly calls: CallManager;
  private readonly link: Connection;
  private readonly store = new MessageStore();
  private readonly cursor = new CatchUpCursor();
  private readonly receipts: Receipts;
  private readonly typingState: Typing;
  private readonly groups: Groups;
  private readonly presence: Presence;
  private readonly changes: ChangesFeed;
  private readonly loader: ConversationLoader;
  private readonly sender: OutboxSender;
  private readonly files: ClientAttachments;
  private readonly retryTimer: ReturnType<typeof setInterval>;
  private readonly pins = new Pins();
  private readonly profiles = new Profiles();
  private readonly keeper: OfflineKeeper;
  /** Per conversation whose newest page the server gave this session: whether older messages exist. */
  private readonly newestHasOlder = new Map<ConversationKey, boolean>();
  /** The last page of each conversation the server gave (its group and receipts go with a cached page). */
  private readonly pageMeta = new Map<ConversationKey, ConversationPage>();
  /** Callers of a cached page waiting for the server's own (see `loadLatestPage`). */
  private readonly refreshes = new Map<ConversationKey, { promise: Promise<boolean>; resolve: (hasOlder: boolean) => void }>();
  private closed = false;
  /** Profile pictures as blob URLs (they need the token). */
  readonly avatars: AvatarLoader;

  constructor(private readonly options: ChatClientOptions) {
    super();
    const selfId = options.userId;
    this.api = new ChatApi(options.baseUrl, options.token, options.fetch);
    this.avatars = new AvatarLoader({ baseUrl: options.baseUrl, token: options.token, fetch: options.fetch });
    const storage = options.storage ?? new MemoryStorage();
    this.outbox = new Outbox(storage, `chat.outbox.${selfId}`);
    this.files = new ClientAttachments({
      baseUrl: options.baseUrl,
      token: options.token,
      storage,
      storageKey: `chat.attachment-drafts.${selfId}`,
      files: options.pendingFiles ?? defaultPendingFileStore(selfId),
      transport: options.uploadTransport ?? defaultUploadTransport(options.fetch),
      concurrency: options.uploadConcurrency,
      api: this.api,
      outbox: this.outbox,
      store: this.store,
      changed: () => this.emit("attachments"),
      updated: (message, key) => this.emit("updated", message, key),
    });
    this.link = new Connection({ ...options, ackTimeoutMs: options.ackTimeoutMs ?? 10_000 });
    this.calls = new CallManager({
      selfId,
      env: options.callEnvironment,
      link: {
        start: (payload) => this.link.action("call:start", payload),
        act: (action, callId) => this.link.action(action, { call_id: callId }),
        signal: (payload) => this.link.action("call:signal", payload),
        socketId: () => this.link.socket.id,
        iceServers: () => this.api.iceServers(),
        activeCalls: () => this.api.activeCalls(),
      },
    });
    this.groups = new Groups(selfId);
    const reachable = (key: ConversationKey) => !isGroupKey(key) || this.groups.isMember(keyId(key));
    this.receipts = new Receipts({
      selfId,
      deliveryDelayMs: options.deliveryDelayMs ?? 250,
      report: (key, event, upToId) => this.link.action(event, { ...receiptTarget(key), up_to_id: upToId }).then((r) => r.receipt),
      connected: () => this.link.connected,
      reachable,
      otherMembers: (groupId) => this.groups.otherMembers(groupId),
      changed: (key, receipts) => this.emit("receipts", key, receipts),
    });
    this.typingState = new Typing({
      throttleMs: options.typingThrottleMs ?? 2000,
      idleMs: options.typingIdleMs ?? 4000,
      expiryMs: options.typingExpiryMs ?? 5000,
      send: (event, key) => this.link.emitNow(event, messageTarget(key)),
      reachable,
      changed: (key, userId, typing) => this.emit("typing", key, userId, typing),
    });
    this.presence = new Presence(
      (userIds) => this.link.action("presence:subscribe", { user_ids: userIds }).then((r) => r.presence),
      (presence) => this.emit("presence", presence),
    );
    this.changes = new ChangesFeed(this.api, (message) => this.applyUpdate(message));
    this.loader = new ConversationLoader(
      this.api,
      this.store,
      this.cursor,
      (page, groupReadMark, key) => this.ingestPage(page, groupReadMark, key),
      (groupId) => this.applyRemoved(groupId),
      (groupId) => this.groups.readMark(groupId),
    );
    this.sender = new OutboxSender(
      this.outbox,
      this.link,
      (message) => this.ingest(message, "ack"),
      () => this.emit("outbox"),
      (file) => this.files.uploads.ensure(file),
    );
    this.keeper = new OfflineKeeper(options.offlineCache === undefined ? defaultOfflineCache(selfId) : options.offlineCache, (key) =>
      this.offlinePage(key),
    );
    this.on("message", (_message, key) => this.keeper.changed(key));
    this.on("updated", (_message, key) => this.keeper.changed(key));
    this.listen();
    this.retryTimer = setInterval(() => this.sender.flush(), options.retryIntervalMs ?? 3000);
  }

  get connection(): ConnectionState {
    return this.link.state;
  }

  get userId(): number {
    return this.options.userId;
  }

  /** A conversation (a person's, or a group's) as loaded so far, oldest first (the same array until it changes). */
  messagesWith(ref: ConversationRef): readonly MessageJson[] {
    return this.store.list(toKey(ref));
  }

  /** Messages to this conversation that the server has not acknowledged yet (sending or failed). */
  pendingTo(ref: ConversationRef): OutboxEntry[] {
    const key = toKey(ref);
    return this.outbox.all().filter((entry) => entryKey(entry) === key);
  }

  /** The receipts in this conversation as known so far (zeros until loaded or pushed). */
  receiptsWith(ref: GroupKey): GroupReceipts;
  receiptsWith(ref: number | UserKey): DirectReceipts;
  receiptsWith(ref: ConversationRef): ConversationReceipts;
  receiptsWith(ref: ConversationRef): ConversationReceipts {
    return this.receipts.of(toKey(ref));
  }

  /**
   * What the others did with one of my stored messages: "read", "delivered" or just "sent". In a
   * group, "read" once every other current member read it, "delivered" once every one has it.
   */
  statusOf(message: MessageJson): ReceiptStatus {
    return this.receipts.statusOf(message);
  }

  /**
   * Whether someone is typing in this conversation now: the partner of a direct chat, or in a group
   * this member (`userId`), or anyone at all without one.
   */
  isTyping(ref: ConversationRef, userId?: number): boolean {
    return this.typingState.isTyping(toKey(ref), userId);
  }

  /** Who is typing in this conversation now, in the order they started. */
  typists(ref: ConversationRef): readonly number[] {
    return this.typingState.typists(toKey(ref));
  }

  /** Every conversation someone is typing in now, with who: the same map until that changes. */
  allTypists(): ReadonlyMap<ConversationKey, readonly number[]> {
    return this.typingState.everywhere();
  }

  /** Someone's profile as last heard: a conversation list or group naming them, `user:updated`, or changed here; undefined until then. */
  profile(userId: number): UserProfileJson | undefined {
    return this.profiles.get(userId);
  }

  /** Changes my display name, status line or avatar (an image I uploaded); known here at once, elsewhere by the server's push. */
  async updateProfile(input: UpdateProfileInputJson): Promise<UserProfileJson> {
    const { user } = await this.api.updateProfile(input);
    const profile: UserProfileJson = {
      id: user.id,
      username: user.username,
      display_name: user.display_name ?? null,
      avatar_url: user.avatar_url ?? null,
      status_text: user.status_text ?? null,
    };
    this.applyProfile(profile);
    return profile;
  }

  /** A group as last told by the server (also after I left it: then `isMember` is false). */
  group(groupId: number): GroupJson | undefined {
    return this.groups.get(groupId);
  }

  /** Every group heard of (current or left), by id: the same map until one changes. */
  allGroups(): ReadonlyMap<number, GroupJson> {
    return this.groups.all();
  }

  /** The groups I was removed from or left: the same set until that changes. */
  removedGroups(): ReadonlySet<number> {
    return this.groups.removed();
  }

  /** False once I was removed from this group or left it (until someone adds me again). */
  isMember(groupId: number): boolean {
    return this.groups.isMember(groupId);
  }

  /** A watched user's presence, once the server told it. */
  presenceOf(userId: number): PresenceJson | undefined {
    return this.presence.get(userId);
  }

  /** Every watched user's presence as told so far: the same map until one changes. */
  allPresence(): ReadonlyMap<number, PresenceJson> {
    return this.presence.all();
  }

  /**
   * The chat list (`GET /api/conversations`), kept for offline use. Without a network, the list as
   * last kept, `cached`: the server's word only once it answers again.
   */
  async conversations(): Promise<{ conversations: ConversationJson[]; cached: boolean }> {
    try {
      const { conversations } = await this.api.conversations();
      this.keeper.saveConversations(conversations);
      this.learnPartners(conversations, true);
      return { conversations, cached: false };
    } catch (error) {
      const conversations = isNetworkFailure(error) ? await this.keeper.conversations() : undefined;
      if (!conversations) throw error;
      this.learnPartners(conversations, false);
      return { conversations, cached: true };
    }
  }

  /** The partners' pictures and names are known from the list on, not only after a push. */
  private learnPartners(conversations: readonly ConversationJson[], fresh: boolean): void {
    for (const c of conversations) if (c.partner) this.profiles.learn(c.partner, fresh);
  }

  /** Loads the newest page of a conversation; returns whether older pages exist (see `loadLatestPage`). */
  async loadLatest(ref: ConversationRef, limit = 50): Promise<boolean> {
    return (await this.loadLatestPage(ref, limit)).hasOlder;
  }

  /**
   * Loads the newest page of a conversation, kept for offline use. Without a network, the page as
   * last kept (`cached`, when there is one): once reconnected, the server's newest page replaces it
   * and `fresh` resolves.
   */
  async loadLatestPage(ref: ConversationRef, limit = 50): Promise<LatestPage> {
    const key = toKey(ref);
    try {
      const hasOlder = await this.loadNewest(key, limit);
      this.keeper.open(key);
      return { hasOlder, cached: false };
    } catch (error) {
      const page = isNetworkFailure(error) ? await this.keeper.page(key) : undefined;
      if (!page) throw error;
      this.loader.fromCache(key, page);
      this.keeper.open(key);
      this.emit("window", key);
      return { hasOlder: page.has_more, cached: true, fresh: this.refreshed(key) };
    }
  }

  private async loadNewest(key: ConversationKey, limit: number): Promise<boolean> {
    const hasOlder = await this.windowMoved(key, this.loader.latest(key, limit));
    this.newestHasOlder.set(key, hasOlder);
    this.refreshes.get(key)?.resolve(hasOlder);
    this.refreshes.delete(key);
    return hasOlder;
  }

  private refreshed(key: ConversationKey): Promise<boolean> {
    let waiting = this.refreshes.get(key);
    if (!waiting) {
      let resolve!: (hasOlder: boolean) => void;
      const promise = new Promise<boolean>((r) => (resolve = r));
      this.refreshes.set(key, (waiting = { promise, resolve }));
    }
    return waiting.promise;
  }

  /** A conversation's page as the offline cache keeps it: only the server's newest messages, as held now. */
  private offlinePage(key: ConversationKey): ConversationPage | undefined {
    const meta = this.pageMeta.get(key);
    const hasOlder = this.newestHasOlder.get(key);
    if (!meta || hasOlder === undefined || this.loader.isDetached(key) || this.loader.isCached(key)) return undefined;
    const messages = this.store.list(key);
    return { ...meta, messages: messages.slice(-OFFLINE_PAGE), has_more: hasOlder || messages.length > OFFLINE_PAGE };
  }

  /** Loads the page before the oldest loaded message; returns whether still older pages exist. */
  loadOlder(ref: ConversationRef, limit = 50): Promise<boolean> {
    return this.loader.older(toKey(ref), limit);
  }

  /**
   * Makes a message part of the loaded window (jumping to a quoted original far up the history):
   * the page centred on it (`?around=`) joins the window, or replaces it when the two do not touch;
   * then `loadOlder` and `loadNewer` go on from there. Resolves whether more lies before and after.
   */
  loadAround(ref: ConversationRef, messageId: number, limit = 50): Promise<{ hasMoreBefore: boolean; hasMoreAfter: boolean }> {
    return this.windowMoved(toKey(ref), this.loader.around(toKey(ref), messageId, limit));
  }

  /** After `loadAround`: loads the page after the newest loaded message; resolves whether still newer ones exist. */
  loadNewer(ref: ConversationRef, limit = 50): Promise<boolean> {
    return this.windowMoved(toKey(ref), this.loader.newer(toKey(ref), limit));
  }

  private async windowMoved<T>(key: ConversationKey, load: Promise<T>): Promise<T> {
    const detached = this.loader.isDetached(key);
    const result = await load;
    if (this.loader.isDetached(key) !== detached) this.emit("window", key);
    return result;
  }

  /** Whether newer messages than the loaded window exist (after `loadAround`): live ones wait for `loadNewer`. */
  hasNewer(ref: ConversationRef): boolean {
    return this.loader.isDetached(toKey(ref));
  }

  /**
   * Queues a message (persisted at once) and sends it when the connection allows. With files, they
   * are kept (IndexedDB) and uploaded first, then sent with it as one message; the text may be empty.
   * `replyToId` makes it a reply to that message of the conversation.
   */
  send(ref: ConversationRef, content: string, files?: readonly Blob[], options: SendOptions = {}): OutboxEntry {
    return this.queue(toKey(ref), content, files && files.length > 0 ? this.files.keep(files) : [], options);
  }

  /** Sends the composer's text with the files attached to its draft (`attachFiles`), emptying the draft. */
  sendDraft(ref: ConversationRef, content: string, options: SendOptions = {}): OutboxEntry {
    const key = toKey(ref);
    return this.queue(key, content, this.files.takeDraft(key), options);
  }

  /** Attaches files to a conversation's composer draft (kept across reloads) and starts uploading them. */
  attachFiles(ref: ConversationRef, files: readonly Blob[]): readonly PendingAttachment[] {
    return this.files.attach(toKey(ref), files);
  }

  /** The files attached to a conversation's composer draft, with their uploads' state (the same array until it changes). */
  draftAttachments(ref: ConversationRef): readonly PendingAttachment[] {
    return this.files.draft(toKey(ref));
  }

  /** Takes a file off the draft: its upload stops and its bytes are deleted. */
  removeAttachment(ref: ConversationRef, localId: string): void {
    this.files.removeFromDraft(toKey(ref), localId);
  }

  /** Starts a draft file's failed upload again. */
  retryAttachment(ref: ConversationRef, localId: string): void {
    this.files.retryInDraft(toKey(ref), localId);
  }

  /** An outbox entry's files with their uploads' state, for the optimistic bubble (the same array until it changes). */
  entryAttachments(entry: OutboxEntry): readonly PendingAttachment[] {
    return this.files.ofEntry(entry);
  }

  /** A pending file's bytes (a draft's or an outbox entry's, also after a reload), for a preview. */
  async pendingFile(localId: string): Promise<Blob | undefined> {
    return (await this.files.uploads.file(localId))?.blob;
  }

  /**
   * Fresh signed links for an attachment (`GET /api/attachments/:id`): every loaded message holding
   * it gets them, each announced as `updated`. Concurrent calls for one id share one request.
   */
  refreshAttachment(attachmentId: number): Promise<AttachmentJson> {
    return this.files.refresh(attachmentId);
  }

  /** Refreshes the loaded attachments of a conversation whose links expire within `marginMs`. */
  refreshExpiringAttachments(ref: ConversationRef, marginMs = 5 * 60_000): Promise<void> {
    return this.files.refreshExpiring(this.messagesWith(ref), Date.now() + marginMs);
  }

  /** When the first link of a conversation's loaded attachments expires (epoch ms), if any has one. */
  nextAttachmentExpiry(ref: ConversationRef): number | undefined {
    const expiries = [...linkExpiries(this.messagesWith(ref)).values()];
    return expiries.length > 0 ? Math.min(...expiries) : undefined;
  }

  private queue(key: ConversationKey, content: string, attachments: OutboxAttachment[], { replyToId }: SendOptions): OutboxEntry {
    this.stopTyping(key);
    const base = {
      client_id: crypto.randomUUID(),
      message_content: content,
      created_at: Date.now(),
      ...(attachments.length > 0 ? { attachments } : {}),
      ...(replyToId !== undefined ? { reply_to_id: replyToId } : {}),
    };
    const entry: OutboxEntry = isGroupKey(key) ? { ...base, group_id: keyId(key) } : { ...base, receiver_id: keyId(key) };
    if (isGroupKey(key) && !this.isMember(keyId(key))) Object.assign(entry, { failed: NOT_A_MEMBER, failure: NOT_A_MEMBER_FAILURE });
    this.outbox.add(entry);
    this.emit("outbox");
    this.sender.flush();
    return entry;
  }

  retry(clientId: string): void {
    const entry = this.outbox.all().find((e) => e.client_id === clientId);
    if (entry) this.files.resetEntry(entry);
    this.outbox.clearFailure(clientId);
    this.emit("outbox");
    this.sender.flush();
  }

  discard(clientId: string): void {
    const entry = this.outbox.all().find((e) => e.client_id === clientId);
    if (entry) this.files.forgetEntry(entry);
    this.outbox.remove(clientId);
    this.emit("outbox");
  }

  /**
   * The person has read the others' messages in this conversation up to this id (it is open and the
   * tab visible). Sent at once, or after the next reconnect; markers only move forward.
   */
  markRead(ref: ConversationRef, upToId: number): void {
    this.receipts.markRead(toKey(ref), upToId);
  }

  /**
   * This device has the others' messages in this conversation up to this id. The client reports it
   * by itself, batched, whenever it takes in others' messages (live or fetched); exposed for completeness.
   */
  markDelivered(ref: ConversationRef, upToId: number): void {
    this.receipts.markDelivered(toKey(ref), upToId);
  }

  /** Replaces the text of one of my messages; the stored copy and both sides update on success. */
  async edit(messageId: number, content: string): Promise<MessageJson> {
    const { message } = this.link.connected
      ? await this.link.action("message:edit", { id: messageId, message_content: content })
      : await this.api.edit(messageId, content);
    this.applyUpdate(message);
    return message;
  }

  /** Removes the link preview of one of my messages, for good; the others see it go by `message:updated`. */
  async removeLinkPreview(messageId: number): Promise<MessageJson> {
    const { message } = await this.api.removeLinkPreview(messageId);
    this.applyUpdate(message);
    return message;
  }

  /** Deletes one of my messages: it stays as a placeholder with its text wiped, on both sides. */
  async remove(messageId: number): Promise<MessageJson> {
    const { message } = this.link.connected ? await this.link.action("message:delete", { id: messageId }) : await this.api.remove(messageId);
    this.applyUpdate(message);
    return message;
  }

  /**
   * Adds my reaction with this emoji: shown at once, then as the server answers; taken back (and
   * the promise rejected) when the server refuses. Over the socket, or REST while disconnected.
   */
  react(messageId: number, emoji: string): Promise<MessageReactionsJson> {
    return this.changeReaction(messageId, emoji, true);
  }

  /** Takes my reaction with this emoji back, the same way as `react`. */
  unreact(messageId: number, emoji: string): Promise<MessageReactionsJson> {
    return this.changeReaction(messageId, emoji, false);
  }

  private async changeReaction(messageId: number, emoji: string, add: boolean): Promise<MessageReactionsJson> {
    const before = this.store.find(messageId)?.message.reactions;
    if (before) this.applyReactions(messageId, toggledReactions(before, emoji, this.options.userId, add));
    try {
      const payload = { message_id: messageId, emoji };
      const reply = this.link.connected
        ? await this.link.action(add ? "reaction:add" : "reaction:remove", payload)
        : await (add ? this.api.react(messageId, emoji) : this.api.unreact(messageId, emoji));
      this.applyReactions(messageId, reply.reactions);
      return reply;
    } catch (error) {
      if (before) this.applyReactions(messageId, before);
      throw error;
    }
  }

  /** A loaded message's reactions as they are now; announced as `updated`. */
  private applyReactions(messageId: number, reactions: MessageReactionsJson["reactions"]): void {
    const changed = this.store.setReactions(messageId, reactions);
    if (changed) this.emit("updated", changed.message, changed.key);
  }

  /** Forwards a message I can read to a person or a group I am in; my new copy joins that conversation. */
  async forward(messageId: number, to: ConversationRef): Promise<MessageJson> {
    const target = messageTarget(toKey(to));
    const { message } = this.link.connected
      ? await this.link.action("message:forward", { ...target, id: messageId })
      : await this.api.forward(messageId, toKey(to));
    this.ingest(message, "ack");
    return message;
  }

  /** A conversation's pins, newest first, once `loadPins` fetched them (kept live after that). */
  pinsWith(ref: ConversationRef): readonly PinnedJson[] {
    return this.pins.of(toKey(ref));
  }

  /** Fetches a conversation's pins (`GET /api/conversations/pins`); `message:pinned` keeps them live after. */
  async loadPins(ref: ConversationRef): Promise<readonly PinnedJson[]> {
    const key = toKey(ref);
    const { pins } = await this.api.pins(key);
    this.pins.set(key, pins);
    this.emit("pins", key);
    return this.pins.of(key);
  }

  /** Pins a message in its conversation (over the socket, or REST while disconnected). */
  pin(messageId: number): Promise<MessagePinnedJson> {
    return this.changePin(messageId, true);
  }

  /** Unpins a message, the same way as `pin`. */
  unpin(messageId: number): Promise<MessagePinnedJson> {
    return this.changePin(messageId, false);
  }

  private async changePin(messageId: number, pinned: boolean): Promise<MessagePinnedJson> {
    const reply = this.link.connected
      ? await this.link.action(pinned ? "pin:add" : "pin:remove", { message_id: messageId })
      : await this.api.setPinned(messageId, pinned);
    this.applyPinned(reply);
    return reply;
  }

  /** A pin or unpin (mine answered, or pushed): the message's `pinned` and its conversation's pins follow. */
  private applyPinned(event: MessagePinnedJson): void {
    const changed = this.store.setPinned(event.message_id, event.pinned);
    if (changed) this.emit("updated", changed.message, changed.key);
    const found = changed ?? this.store.find(event.message_id);
    const keys = found
      ? [found.key]
      : event.group_id !== null
        ? [groupKey(event.group_id)]
        : event.receiver_id !== this.options.userId
          ? [userKey(event.receiver_id)]
          : // Sent to me by someone whose conversation is not at hand: any loaded direct pins may hold it.
            this.pins.keys().filter((key) => !isGroupKey(key));
    for (const key of keys) {
      const result = this.pins.apply(key, event, found?.message);
      if (result === "changed") this.emit("pins", key);
      else if (result === "unknown") this.loadPins(key).catch(() => undefined);
    }
  }

  /**
   * Call on every keystroke in the composer of this conversation: sends `typing:start` at most once
   * per `typingThrottleMs`, and `typing:stop` by itself after `typingIdleMs` without a keystroke.
   */
  typing(ref: ConversationRef): void {
    this.typingState.keystroke(toKey(ref));
  }

  /** The person stopped typing (sent, emptied the composer, left it): `typing:stop` if a start went out. */
  stopTyping(ref: ConversationRef): void {
    this.typingState.stop(toKey(ref));
  }

  /** Creates a group with these people (I am its admin); known at once, before the server's push. */
  async createGroup(name: string, memberIds: readonly number[]): Promise<GroupJson> {
    return this.applyGroup((await this.api.createGroup(name, memberIds)).group);
  }

  /** Fetches a group (403: I am not a member, and the client notes it). */
  async fetchGroup(groupId: number): Promise<GroupJson> {
    const mark = this.groups.readMark(groupId);
    const { group } = await this.loader.groupRequest(groupId, () => this.api.getGroup(groupId));
    this.applyGroup(group, mark);
    return this.groups.get(groupId) ?? group;
  }

  async renameGroup(groupId: number, name: string): Promise<GroupJson> {
    return this.applyGroup((await this.api.renameGroup(groupId, name)).group);
  }

  async addMembers(groupId: number, memberIds: readonly number[]): Promise<GroupJson> {
    return this.applyGroup((await this.api.addMembers(groupId, memberIds)).group);
  }

  /** Removes someone (admins only); removing myself is leaving (then the answer has no group). */
  async removeMember(groupId: number, userId: number): Promise<GroupJson | undefined> {
    const reply = await this.api.removeMember(groupId, userId);
    if (reply.group) return this.applyGroup(reply.group);
    this.applyRemoved(groupId);
    return undefined;
  }

  async setRole(groupId: number, userId: number, role: "admin" | "member"): Promise<GroupJson> {
    return this.applyGroup((await this.api.setRole(groupId, userId, role)).group);
  }

  /** Leaves a group: `groupRemoved` follows at once (and in my other tabs by the server's push). */
  async leaveGroup(groupId: number): Promise<void> {
    await this.api.leaveGroup(groupId);
    this.applyRemoved(groupId);
  }

  /**
   * Starts hearing these users' presence (`presence` events), kept across reconnects. Resolves
   * once the server told the current state of the ones not watched before.
   */
  async subscribePresence(userIds: readonly number[]): Promise<void> {
    const fresh = this.presence.watch(userIds);
    if (fresh.length > 0 && this.link.connected) await this.presence.request(fresh);
  }

  /** Connects, for a client made with `socketOptions: {autoConnect: false}` (listeners first, then connect). */
  connect(): void {
    if (!this.closed) this.link.socket.connect();
  }

  close(): void {
    this.closed = true;
    clearInterval(this.retryTimer);
    void this.keeper.flush().then(() => this.keeper.close());
    this.receipts.close();
    this.typingState.close();
    this.files.close();
    this.avatars.close();
    this.calls.close();
    this.link.close();
  }

  /** Log-out: closes, and deletes what this client kept of the person in the browser (the offline cache). */
  forget(): Promise<void> {
    this.close();
    return this.keeper.destroy();
  }

  /** What the server pushes, each to the part it concerns. */
  private listen(): void {
    const selfId = this.options.userId;
    const { socket } = this.link;
    this.link.on("state", (state) => this.emit("connection", state));
    // Indicators would otherwise wait for their expiry; nothing more will arrive while down.
    this.link.on("disconnected", () => {
      this.typingState.clearOthers();
      this.cursor.dropped();
      this.calls.disconnected();
    });
    this.link.on("connected", () => void this.onConnect());
    this.link.on("unauthorized", () => this.emit("unauthorized"));
    socket.on("message:new", (message) => {
      // Their message is what they were typing: the indicator goes at once.
      if (message.sender_id !== selfId) this.typingState.set(this.keyOf(message), message.sender_id, false);
      this.ingest(message, "push");
    });
    socket.on("message:updated", (message) => this.applyUpdate(message));
    socket.on("message:deleted", (message) => this.applyUpdate(message));
    // Sent to each member with `me` said for them.
    socket.on("message:reaction", ({ message_id, reactions }) => this.applyReactions(message_id, reactions));
    socket.on("message:pinned", (event) => this.applyPinned(event));
    socket.on("message:status", (receipt) => this.receipts.apply(receipt));
    socket.on("typing", (typing) => {
      if (typing.user_id === selfId) return;
      if ("group_id" in typing) this.typingState.set(groupKey(typing.group_id), typing.user_id, typing.typing);
      else if (typing.receiver_id === selfId) this.typingState.set(userKey(typing.user_id), typing.user_id, typing.typing);
    });
    socket.on("group:updated", (group) => this.applyGroup(group));
    socket.on("group:removed", ({ group_id }) => this.applyRemoved(group_id));
    socket.on("presence", (presence) => this.presence.apply(presence));
    socket.on("user:updated", (user) => this.applyProfile(user));
    this.calls.on("changed", () => this.emit("calls"));
    socket.on("call:ringing", ({ call }) => this.calls.ringing(call));
    socket.on("call:updated", ({ call }) => this.calls.updated(call));
    socket.on("call:ended", ({ call }) => this.calls.endedEvent(call));
    socket.on("call:signal", (relay) => this.calls.signal(relay));
  }

  private async onConnect(): Promise<void> {
    this.sender.flush();
    this.receipts.flush();
    this.calls.connected().catch(() => undefined);
    const watched = this.presence.watchedIds();
    if (watched.length > 0) this.presence.request(watched).catch(() => undefined);
    // Pins changed while away are not replayed to a fresh session: shown pins are fetched again.
    for (const key of this.pins.keys()) this.loadPins(key).catch(() => undefined);
    // Recovered sessions got the missed events replayed; a fresh one (server restarted) asks. If
    // asking fails (the network dropped again), ask again while the socket stays up.
    while (this.link.connected) {
      try {
        // A window far up the history (after a jump) is caught up by scrolling down (`loadNewer`).
        const keys = this.store.keys().filter((key) => this.reachable(key) && !this.loader.isDetached(key));
        // A page from the offline cache is replaced by the server's newest one.
        const caughtUp = (key: ConversationKey) => (this.loader.isCached(key) ? this.loadNewest(key, OFFLINE_PAGE) : this.loader.catchUp(key));
        await Promise.all(keys.map((key) => caughtUp(key).catch(skipRefused)));
        await this.changes.sync();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  /** Whether messages, receipts and typing can go to this conversation (not a group I left). */
  private reachable(key: ConversationKey): boolean {
    return !isGroupKey(key) || this.isMember(keyId(key));
  }

  /** The conversation a message belongs to: its group, or the other person of a direct message. */
  private keyOf(message: MessageJson): ConversationKey {
    if (typeof message.group_id === "number") return groupKey(message.group_id);
    return userKey(message.sender_id === this.options.userId && message.receiver_id !== null ? message.receiver_id : message.sender_id);
  }

  /** Takes in a group as the server tells it (a push, an answer; a read with its mark); returns it. */
  private applyGroup(group: GroupJson, readMark?: number): GroupJson {
    for (const member of group.members) this.profiles.learn(member, true);
    const change = this.groups.apply(group, readMark);
    if (change.kind === "out") this.applyRemoved(group.id);
    if (change.kind !== "changed") return group;
    this.emit("group", group);
    const key = groupKey(group.id);
    if (change.membersChanged) {
      // Who counts for "read" changed: statuses follow, and newcomers' receipts are fetched.
      this.emit("receipts", key, this.receiptsWith(key));
    }
    if ((change.membersChanged || change.rejoined) && this.store.has(key) && !this.closed) this.loader.catchUp(key).catch(() => undefined);
    return group;
  }

  /** A profile changed: kept, and the groups listing that person show it too. */
  private applyProfile(user: UserProfileJson): void {
    this.profiles.set(user);
    for (const group of this.groups.applyProfile(user)) this.emit("group", group);
    this.emit("user", user);
  }

  /** I am out of this group: nothing more is sent to it, and whoever shows it is told. */
  private applyRemoved(groupId: number): void {
    if (!this.groups.markRemoved(groupId)) return;
    const key = groupKey(groupId);
    this.typingState.clearOthers(key);
    this.typingState.forgetMine(key);
    this.receipts.forget(key);
    const pending = this.pendingTo(key).filter((entry) => !entry.failed);
    for (const entry of pending) this.outbox.markFailed(entry.client_id, NOT_A_MEMBER_FAILURE);
    if (pending.length > 0) this.emit("outbox");
    this.emit("groupRemoved", groupId);
  }

  private ingestPage(page: ConversationPage, groupReadMark: number | undefined, key: ConversationKey): void {
    if (!this.loader.isCached(key)) this.pageMeta.set(key, page);
    // The group first (who counts for receipts), then receipts: messages already covered by my
    // delivered marker are not reported again.
    if ("group" in page) {
      if (page.group) this.applyGroup(page.group, groupReadMark);
      for (const receipt of page.member_receipts ?? []) this.receipts.apply(receipt);
    } else if (page.partner_receipt) {
      this.receipts.apply(page.partner_receipt);
    }
    if (page.my_receipt) this.receipts.apply(page.my_receipt);
    for (const message of page.messages) this.ingest(message, "page");
  }

  /** Takes in a message: pushed live, the acknowledgement of my own send, or read in a page. */
  private ingest(message: MessageJson, via: "push" | "ack" | "page"): void {
    const sent = message.sender_id === this.options.userId ? this.outbox.all().find((e) => e.client_id === message.client_id) : undefined;
    if (sent) {
      this.files.forgetEntry(sent);
      this.outbox.remove(message.client_id);
      this.emit("outbox");
    }
    const key = this.keyOf(message);
    if (via !== "page" && this.loader.isDetached(key) && message.id > (this.store.list(key).at(-1)?.id ?? 0)) {
      // Beyond a window far up the history: `loadNewer` brings it in order when the reader scrolls down.
      if (message.sender_id !== this.options.userId) this.markDelivered(key, message.id);
      if (!this.store.hasSeen(message.id)) this.emit("message", message, key, via === "push");
      return;
    }
    if (via !== "page") this.cursor.arrivedLive(key, message.id);
    // A page can bring a newer version of one seen already (edited or deleted while this tab was away).
    if (!this.store.add(key, message)) return this.applyUpdate(message);
    if (message.sender_id !== this.options.userId) this.markDelivered(key, message.id);
    this.emit("message", message, key, via === "push");
  }

  /** Replaces the stored copy of an edited or deleted message; emits `updated` when it changed. */
  private applyUpdate(message: MessageJson): void {
    const key = this.keyOf(message);
    if (this.store.update(key, message)) this.emit("updated", message, key);
    if (this.pins.updated(key, message)) this.emit("pins", key);
  }
}

export interface SendOptions {
  /** The message this one answers (of the same conversation). */
  replyToId?: number;
}

/** A catch-up the server refused for good (403/404: not a member, unknown) is not retried. */
function skipRefused(error: unknown): void {
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return;
  throw error;
}
