import { CreateUsersAndMessages1764000000000 } from "./1764000000000-CreateUsersAndMessages";
import { ReadMarkersEditsPresence1764100000000 } from "./1764100000000-ReadMarkersEditsPresence";
import { ConversationPairs1764200000000 } from "./1764200000000-ConversationPairs";
import { MessageSearch1764300000000 } from "./1764300000000-MessageSearch";
import { Groups1764400000000 } from "./1764400000000-Groups";
import { SearchIndexWithoutPrefixes1764500000000 } from "./1764500000000-SearchIndexWithoutPrefixes";
import { MessageChanges1764600000000 } from "./1764600000000-MessageChanges";
import { GroupNotices1764700000000 } from "./1764700000000-GroupNotices";
import { Attachments1764800000000 } from "./1764800000000-Attachments";
import { RepliesAndReactions1764900000000 } from "./1764900000000-RepliesAndReactions";
import { MentionsForwardsPins1765000000000 } from "./1765000000000-MentionsForwardsPins";
import { LinkPreviews1765100000000 } from "./1765100000000-LinkPreviews";
import { Calls1765200000000 } from "./1765200000000-Calls";
import { CallTopology1765300000000 } from "./1765300000000-CallTopology";
import { PushSubscriptions1765400000000 } from "./1765400000000-PushSubscriptions";
import { NativePushTokens1765470000000 } from "./1765470000000-NativePushTokens";
import { Sessions1765500000000 } from "./1765500000000-Sessions";
import { Profiles1765600000000 } from "./1765600000000-Profiles";
import { Blocks1765610000000 } from "./1765610000000-Blocks";
import { EmailTokens1765620000000 } from "./1765620000000-EmailTokens";
import { AccountDeletion1765630000000 } from "./1765630000000-AccountDeletion";
import { ReportsAndDeactivation1765640000000 } from "./1765640000000-ReportsAndDeactivation";

/** Every migration, oldest first. Listed explicitly so the compiled server needs no file globbing. */
export const migrations = [
  CreateUsersAndMessages1764000000000,
  ReadMarkersEditsPresence1764100000000,
  ConversationPairs1764200000000,
  MessageSearch1764300000000,
  Groups1764400000000,
  SearchIndexWithoutPrefixes1764500000000,
  MessageChanges1764600000000,
  GroupNotices1764700000000,
  Attachments1764800000000,
  RepliesAndReactions1764900000000,
  MentionsForwardsPins1765000000000,
  LinkPreviews1765100000000,
  Calls1765200000000,
  CallTopology1765300000000,
  PushSubscriptions1765400000000,
  NativePushTokens1765470000000,
  Sessions1765500000000,
  Profiles1765600000000,
  Blocks1765610000000,
  EmailTokens1765620000000,
  AccountDeletion1765630000000,
  ReportsAndDeactivation1765640000000,
];
