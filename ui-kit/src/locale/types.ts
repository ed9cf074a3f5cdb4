import type { PresenceStatus, MessageStatus } from '../types';

/**
 * Every string the kit renders. Plain strings, or functions for numbers and names. In a few
 * strings a part in `[ ]` is only for assistive technology (visually hidden) and `{name}` is
 * replaced: "Make [{name} ]admin" shows "Make admin" and is named "Make Ada admin".
 */
export interface KitMessages {
  cancel: string;
  save: string;
  loading: string;
  search: string;
  clearSearch: string;
  presence: Record<PresenceStatus, string>;
  /** Badge: "3 unread messages". */
  unread: (count: number) => string;
  /** Badge text past its cap: "99+". */
  capped: (max: number) => string;
  members: (count: number) => string;

  // MessageBubble
  status: Record<MessageStatus, string>;
  deletedMessage: string;
  deleteQuestion: string;
  delete: string;
  /** "Edit[ message]" */
  editAction: string;
  /** "Delete[ message]" */
  deleteAction: string;
  /** "Report[ message]": to the instance's admins; others' messages only */
  reportAction: string;
  // ReportDialog
  /** The dialog's title, its reason field and submit button, and the thanks once sent. */
  reportMessage: string;
  reportReason: string;
  reportSubmit: string;
  reported: string;
  close: string;
  // ReportList
  reports: string;
  /** Before the reporter's name, and before the sender's. */
  reportedBy: string;
  sentBy: string;
  /** The marker on a deactivated sender. */
  deactivated: string;
  /** "Deactivate[ {name}]", "Reactivate[ {name}]": the sender's name for assistive technology. */
  deactivate: string;
  reactivate: string;
  noReports: string;
  loadMore: string;
  editMessage: string;
  edited: string;
  notSent: string;
  retry: string;
  discard: string;

  // MessageComposer
  composerLabel: string;
  composerPlaceholder: string;
  send: string;
  charactersLeft: (count: number) => string;

  typing: (names: readonly string[]) => string;

  // ChatListItem
  /** A row's second line while the partner types. */
  typingPreview: string;
  /** After a group's name, for assistive technology: ", group" or ", group, 3 members". */
  groupSuffix: (memberCount: number | undefined) => string;

  // ChatList
  chats: string;
  searchChats: string;
  noChatsMatch: string;
  noConversations: string;
  noConversationsHint: string;

  // MessageList
  loadingOlder: string;
  newMessages: (count: number) => string;
  jumpToLatest: string;

  // ChatHeader
  backToChats: string;
  membersToggle: string;
  /** Before a relative time: "Last seen" (5 minutes ago). */
  lastSeen: string;

  // GroupMembersPanel
  renameGroup: string;
  groupName: string;
  nameMaxLength: (max: number) => string;
  closeMembers: string;
  leaveQuestion: (group: string) => string;
  stay: string;
  leave: string;
  leaveGroup: string;
  admin: string;
  you: string;
  removeQuestion: (name: string) => string;
  remove: string;
  /** "Make [{name} ]admin" */
  makeAdmin: string;
  /** "Remove [{name} ]as admin" */
  removeAdmin: string;
  /** "Remove[ {name}]" */
  removeMember: string;

  // CreateGroupForm
  createGroup: string;
  noPeopleFound: string;
  noPeopleToAdd: string;
  membersTitle: string;
  addedOfMax: (count: number, max: number) => string;
  peopleAdded: (count: number) => string;
  noOneAdded: string;
  addPeople: string;
  people: string;
  addedPeople: string;
  searching: string;
  removePerson: (name: string) => string;
  groupNameTooLong: string;
  needNameAndPeople: string;
  needName: string;
  needPeople: string;

  // LoginForm, RegisterForm
  username: string;
  password: string;
  email: string;
  logIn: string;
  createAccount: string;
  register: string;
  haveAccount: string;
  enterUsername: string;
  enterPassword: string;
  chooseUsername: string;
  usernameRule: string;
  usernameHint: string;
  enterEmail: string;
  invalidEmail: string;
  passwordTooShort: (min: number) => string;
  passwordHint: (min: number) => string;

  // ChatPage
  details: string;
  conversations: string;
  conversation: string;

  // Attachments: messages
  /** Image thumbnail button: "Open photo.jpg". */
  openImage: (name: string) => string;
  /** Over the last thumbnail of a grid: "+3" more images. */
  moreImages: (count: number) => string;
  /** Download link of a file or image: "Download report.pdf". */
  downloadFile: (name: string) => string;
  /** Visible text of the viewer's download link. */
  download: string;
  playVoice: string;
  pauseVoice: string;
  /** The audio seek slider. */
  playbackPosition: string;
  /** The slider's value text: "0:12 of 1:05". */
  playbackTime: (position: string, duration: string) => string;
  closeViewer: string;
  previousImage: string;
  nextImage: string;
  /** "2 of 5" */
  imagePosition: (index: number, count: number) => string;
  // Attachments: composer
  attachFiles: string;
  /** The list of pending files above the composer's text field. */
  attachments: string;
  /** "Remove report.pdf" */
  removeAttachment: (name: string) => string;
  /** "Retry report.pdf" */
  retryAttachment: (name: string) => string;
  /** The progress bar of a file being uploaded: "Uploading report.pdf". */
  uploadingAttachment: (name: string) => string;
  /** A failed upload without a reason of its own. */
  uploadFailed: string;
  /** Why Send is disabled while a file failed to upload. */
  attachmentsFailedHint: string;
  dropFiles: string;
  recordVoice: string;
  stopRecording: string;
  cancelRecording: string;
  sendVoice: string;
  deleteVoice: string;
  voiceMessage: string;
  recording: string;
  inputLevel: string;
  micDenied: string;
  micMissing: string;
  micUnavailable: string;

  // Replies, reactions, formatting
  /** A quote in a bubble, a button to the original: "[Go to message from ]{name}". */
  goToQuoted: string;
  /** A quote whose original was deleted. */
  quotedDeleted: string;
  /** Above the composer while replying: "Replying to Ada". */
  replyingTo: (name: string) => string;
  cancelReply: string;
  /** The row of reactions under a bubble. */
  reactions: string;
  /** A reaction toggle: "👍 3, you reacted" or "👍 2". */
  reaction: (emoji: string, count: number, me: boolean) => string;
  /** Who reacted, in a reaction's tooltip: "Ada, Grace and 3 others". */
  reactedBy: (names: readonly string[], others: number) => string;
  addReaction: string;

  // Link previews, pins, new messages, emoji picker
  /** The card under a message showing its link's title, description and image. */
  linkPreview: string;
  /** The sender's button on a link preview card. */
  removePreview: string;
  /** The bar of pinned messages under the conversation header. */
  pinnedMessages: string;
  goToPinned: string;
  nextPinned: string;
  /** Which pinned message the bar shows: "2 of 5". */
  pinnedPosition: (index: number, count: number) => string;
  unpin: string;
  /** The divider before the first unread message. */
  newMessagesDivider: string;
  jumpToFirstUnread: string;
  /** In the reaction menu: opens the full picker. */
  moreEmoji: string;
  /** The full picker's dialog and grid. */
  emojiPicker: string;
  searchEmoji: string;
  loadingEmoji: string;
  noEmojiFound: string;
  // Message actions, mentions, forwarding
  /** The button that opens a message's actions menu. */
  moreActions: string;
  /** The actions menu's name. */
  messageActions: string;
  reply: string;
  react: string;
  forward: string;
  pin: string;
  copyText: string;
  /** Announced once the text is on the clipboard. */
  copied: string;
  /** The composer's list of people to mention. */
  mentionSuggestions: string;
  /** The label on a forwarded message. */
  forwarded: string;
  /** The forward dialog's title and name. */
  forwardMessage: string;
  /** Its search field. */
  searchConversations: string;
  noConversationsMatch: string;
  /** The Forward button while sending. */
  forwarding: string;
  forwardFailed: string;
  /** The "@" badge of a conversation row: "mentioned 2 times". */
  mentionedTimes: (count: number) => string;
  // Calls
  startAudioCall: string;
  startVideoCall: string;
  /** IncomingCall's name: "Ada is calling" (audio) or "Ada is video calling". */
  incomingCall: (name: string, video: boolean) => string;
  accept: string;
  decline: string;
  /** CallControls: the toolbar's name, and its buttons, named by what they will do. */
  callControls: string;
  mute: string;
  unmute: string;
  turnCameraOff: string;
  turnCameraOn: string;
  switchCamera: string;
  shareScreen: string;
  stopSharing: string;
  hangUp: string;
  /** CallTile's muted-mic badge: "Ada is muted". */
  participantMuted: (name: string) => string;
  /** CallView's status line, by call state. */
  callState: { connecting: string; ringing: string; connected: string; reconnecting: string; ended: string };
  /** The name of CallView's ticking timer. */
  callDuration: string;
  /**
   * CallNotice's line in the timeline: "Video call, no answer", "Missed video call", "Video call
   * declined", "You declined a video call", "Video call, 1:05". `outgoing`: the reader placed the
   * call; `duration` ("1:05", in the locale's digits) only for ended calls that connected.
   */
  callNotice: (outcome: 'missed' | 'declined' | 'ended', video: boolean, outgoing: boolean, duration?: string) => string;
  callBack: string;
  /** JoinCallBanner: its name and title, "3 people in call", the name of the "+2" after the avatars ("and 2 more"), and its buttons. */
  callInProgress: string;
  peopleInCall: (count: number) => string;
  moreInCall: (count: number) => string;
  joinCall: string;
  dismissCall: string;
  // SessionList
  /** The list's name. */
  sessions: string;
  /** The marker on the session this page uses. */
  thisDevice: string;
  /** Before the time the session began ("Signed in" 3 days ago) and was last used. */
  signedIn: string;
  lastActive: string;
  /** "Sign out[ {name}]": the visible text is "Sign out", the name carries the device. */
  signOutSession: string;
  signOutOthers: string;
  noOtherSessions: string;
  // BlockedMessage
  /** In place of a blocked person's message, and the button that shows it. */
  blockedMessage: string;
  showBlockedMessage: string;
  // ProfileForm
  displayName: string;
  displayNameHint: string;
  statusLine: string;
  profilePicture: string;
  choosePicture: string;
  pictureZoom: string;
  /** The square frame's name: how to move the picture in it. */
  picturePosition: string;
  saveProfile: string;
  tooLong: (max: number) => string;
  oneLineOnly: string;
  notAnImage: string;
  // PasswordForm
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
  changePassword: string;
  enterCurrentPassword: string;
  enterNewPassword: string;
  passwordsDiffer: string;
  // LoginForm's "Forgot password?", ForgotPasswordForm, ResetPasswordForm
  forgotPassword: string;
  sendResetLink: string;
  /** The same whether or not the address has an account. */
  resetLinkSent: string;
  backToLogIn: string;
  setNewPassword: string;
  // DeleteAccountForm
  deleteAccountLead: string;
  deleteAccountSessions: string;
  deleteAccountMessages: string;
  deleteAccountUploads: string;
  /** `days` unknown: said without a number. */
  deleteAccountHold: (days?: number) => string;
  deleteMyAccount: string;
}
