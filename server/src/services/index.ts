import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { AttachmentQueries } from "../db/attachment-queries";
import { UrlSigner } from "../security/url-signer";
import { LocalDiskStorage } from "../storage/local-disk-storage";
import type { Storage } from "../storage/storage";
import { type AttachmentLimits, AttachmentService } from "./attachment.service";
import { GroupMemberQueries } from "../db/group-member-queries";
import { GroupMessageQueries } from "../db/group-message-queries";
import { GroupQueries } from "../db/group-queries";
import { MentionQueries } from "../db/mention-queries";
import { MessageQueries } from "../db/message-queries";
import { PinQueries } from "../db/pin-queries";
import { ReactionQueries } from "../db/reaction-queries";
import { ReplyQueries } from "../db/reply-queries";
import { ReadMarkerQueries } from "../db/read-marker-queries";
import { StoredMessageQueries } from "../db/stored-message-queries";
import { UserQueries } from "../db/user-queries";
import { ChangeService } from "./change.service";
import { GroupService } from "./group.service";
import type { MessageEvents } from "./message-events";
import { MessageDetails } from "./message-details";
import { MessageService } from "./message.service";
import { PinService } from "./pin.service";
import { ReactionService } from "./reaction.service";
import { ReceiptService } from "./receipt.service";
import { SearchService } from "./search.service";
import { UserService } from "./user.service";
import { BlockQueries } from "../db/block-queries";
import { BlockService } from "./block.service";
import { LinkPreviewService, type LinkPreviewSettings, DEFAULT_PREVIEW_TIMES } from "../link-preview/link-preview.service";
import { PreviewQueries } from "../db/preview-queries";
import { PreviewImageLinks } from "../link-preview/preview-image-links";
import { NO_ALLOWED_HOSTS } from "../link-preview/allow-list";

export interface AttachmentSetup {
  storage: Storage;
  signer: UrlSigner;
  limits: AttachmentLimits;
  clock?: () => number;
}

/** For tools that never upload (benches): a scratch folder and a throwaway signing key. */
const scratchAttachments = (): AttachmentSetup => ({
  storage: new LocalDiskStorage(path.join(os.tmpdir(), "chat-attachments-scratch")),
  signer: new UrlSigner(randomBytes(32).toString("hex"), 3600),
  limits: { maxBytes: 25 * 1024 * 1024, quotaBytes: 500 * 1024 * 1024, maxPixels: 64_000_000 },
});

/** Tools (benches) fetch no previews. */
const PREVIEWS_OFF: LinkPreviewSettings = { enabled: false, allowHosts: NO_ALLOWED_HOSTS, ...DEFAULT_PREVIEW_TIMES };

/** The services that need only the database and an event sink: the server wires them, so do tools. */
export function createDomainServices(
  dataSource: DataSource,
  events: MessageEvents,
  setup: AttachmentSetup = scratchAttachments(),
  previewSettings: LinkPreviewSettings = PREVIEWS_OFF,
  log: (error: unknown) => void = (error) => console.error(error),
) {
  const userQueries = new UserQueries(dataSource);
  const messageQueries = new MessageQueries(dataSource);
  const groupMessageQueries = new GroupMessageQueries(dataSource);
  const memberQueries = new GroupMemberQueries(dataSource);
  const attachments = new AttachmentService(new AttachmentQueries(dataSource), setup.storage, setup.signer, setup.limits, setup.clock);
  const users = new UserService(userQueries);
  const blocks = new BlockService(new BlockQueries(dataSource));
  const groups = new GroupService(new GroupQueries(dataSource), memberQueries, userQueries, groupMessageQueries, events, blocks);
  const receipts = new ReceiptService(
    new ReadMarkerQueries(dataSource),
    messageQueries,
    groupMessageQueries,
    memberQueries,
    users,
    events,
    groups,
    blocks,
  );
  const stored = new StoredMessageQueries(dataSource);
  const reactionQueries = new ReactionQueries(dataSource);
  const mentionQueries = new MentionQueries(dataSource);
  const pinQueries = new PinQueries(dataSource);
  const linkPreviews = new LinkPreviewService(
    new PreviewQueries(dataSource),
    setup.storage,
    stored,
    groups,
    new PreviewImageLinks(setup.signer),
    previewSettings,
    log,
  );
  const details = new MessageDetails(attachments, new ReplyQueries(dataSource), reactionQueries, mentionQueries, pinQueries, linkPreviews, blocks);
  const messages = new MessageService(
    stored,
    messageQueries,
    groupMessageQueries,
    events,
    receipts,
    users,
    groups,
    attachments,
    details,
    reactionQueries,
    mentionQueries,
    pinQueries,
    blocks,
    linkPreviews,
  );
  linkPreviews.announceWith((messageId) => messages.announceUpdate(messageId));
  const reactions = new ReactionService(stored, reactionQueries, groups, events);
  const pins = new PinService(stored, pinQueries, groups, users, details, events);
  const search = new SearchService(dataSource, details);
  const changes = new ChangeService(dataSource, details);
  return { users, userQueries, blocks, receipts, messages, reactions, pins, search, groups, changes, attachments, linkPreviews };
}
