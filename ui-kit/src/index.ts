// @chat-app/ui-kit — Atomic-Design chat components. Every component, its props type, the themes
// and the provider are exported from here; each module is also its own file in dist/.

// Theme
export * from './theme';
// Locale: strings, direction and Intl formatting (other languages: '@chat-app/ui-kit/locales/<lang>')
export * from './locale';
// Shared data types
export type {
  AttachmentKind,
  ChatMessage,
  ChatSummary,
  ChatUser,
  ConversationKind,
  GroupMember,
  GroupRole,
  MessageAttachment,
  MessageId,
  MessageLinkPreview,
  MessageReaction,
  MessageReplyTo,
  MessageStatus,
  PendingAttachment,
  PendingAttachmentStatus,
  PresenceStatus,
  TimeInput,
  UserId,
} from './types';

// Atoms
export * from './atoms/Avatar';
export * from './atoms/Badge';
export * from './atoms/Button';
export * from './atoms/Divider';
export * from './atoms/IconButton';
export * from './atoms/PresenceDot';
export * from './atoms/Spinner';
export * from './atoms/TextField';
export * from './atoms/Timestamp';

// Molecules
export * from './molecules/AttachmentChip';
export * from './molecules/Banner';
export * from './molecules/CallButton';
export * from './molecules/CallControls';
export * from './molecules/CallNotice';
export * from './molecules/CallTile';
export * from './molecules/ChatListItem';
export * from './molecules/DateSeparator';
export * from './molecules/EmptyState';
export * from './molecules/IncomingCall';
export * from './molecules/JoinCallBanner';
export * from './molecules/LinkPreviewCard';
export * from './molecules/MentionSuggestions';
export * from './molecules/MessageActions';
export * from './molecules/MessageAttachments';
export * from './molecules/MessageBubble';
export * from './molecules/MessageComposer';
export * from './molecules/PasswordField';
export * from './molecules/PinnedBar';
export * from './molecules/QuotedMessage';
export * from './molecules/ReactionBar';
export * from './molecules/ReactionPicker';
export * from './molecules/SearchField';
export * from './molecules/SearchResultItem';
export * from './molecules/SystemNotice';
export * from './molecules/BlockedMessage';
export * from './molecules/TypingIndicator';
export * from './molecules/VoiceRecorder';

// Organisms
export * from './organisms/CallView';
export * from './organisms/ChatHeader';
export * from './organisms/ChatList';
export * from './organisms/CreateGroupForm';
// Also loaded on its own by ReactionPicker's "More emoji" (a separate file; bench/suites/sizes.mjs counts it apart)
export * from './organisms/EmojiPicker';
export * from './organisms/ForgotPasswordForm';
export * from './organisms/ForwardDialog';
export * from './organisms/GroupMembersPanel';
export * from './organisms/ImageViewer';
export * from './organisms/LoginForm';
export * from './organisms/MessageList';
export * from './organisms/PasswordForm';
export * from './organisms/DeleteAccountForm';
export * from './organisms/ProfileForm';
export * from './organisms/RegisterForm';
export * from './organisms/ResetPasswordForm';
export * from './organisms/ReportDialog';
export * from './organisms/ReportList';
export * from './organisms/SessionList';

// Templates
export * from './templates/AuthPage';
export * from './templates/ChatPage';

// Hooks for the app's own parts that follow the kit's keyboard rules
export { useListNavigation } from './utils/useListNavigation';
// "Remove preview" for own messages' link previews in a standalone MessageBubble (MessageList provides it)
export { LinkPreviewRemoveContext } from './molecules/MessageBubble/BubbleLinkPreview';
// The formatting subset message text is rendered with, as data (for the app's own previews)
export { parseRichText, type RichNode, type RichTextOptions } from './utils/richText';
// Sizes as people read them ("2.4 MB"), through Intl
export { formatBytes } from './utils/formatBytes';
export { formatDuration } from './utils/formatDuration';
// Files dragged onto the app's own drop targets (ChatPage's conversation uses it)
export { useFileDrop, type FileDrop, type FileDropHandlers } from './utils/useFileDrop';
// Touch long-press (the message menu uses it), and the composer's mention matching for the app's own fields
export { useLongPress } from './utils/useLongPress';
export { filterMentionCandidates, mentionTokenAt, type MentionToken } from './utils/mentionToken';
