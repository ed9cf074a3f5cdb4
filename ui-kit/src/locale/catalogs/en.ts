import type { KitMessages } from '../types';
import { plural } from '../plural';

const p = plural('en');

/** English, the default: the strings and accessible names the kit's docs promise. */
export const en: KitMessages = {
  cancel: 'Cancel',
  save: 'Save',
  loading: 'Loading',
  search: 'Search',
  clearSearch: 'Clear search',
  presence: { online: 'Online', away: 'Away', offline: 'Offline' },
  unread: (n) => p(n, { one: '# unread message', other: '# unread messages' }),
  capped: (max) => `${p(max, { other: '#' })}+`,
  members: (n) => p(n, { one: '# member', other: '# members' }),

  status: { sending: 'Sending', sent: 'Sent', delivered: 'Delivered', read: 'Read', failed: 'Not sent' },
  deletedMessage: 'This message was deleted',
  deleteQuestion: 'Delete this message?',
  delete: 'Delete',
  editAction: 'Edit[ message]',
  deleteAction: 'Delete[ message]',
  editMessage: 'Edit message',
  edited: 'edited',
  notSent: 'Message not sent.',
  retry: 'Retry',
  discard: 'Discard',

  composerLabel: 'Message',
  composerPlaceholder: 'Write a message…',
  send: 'Send',
  charactersLeft: (n) => p(n, { one: '# character left', other: '# characters left' }),

  typing: (names) =>
    names.length === 1
      ? `${names[0]} is typing…`
      : names.length === 2
        ? `${names[0]} and ${names[1]} are typing…`
        : `${p(names.length, { other: '#' })} people are typing…`,

  typingPreview: 'typing…',
  groupSuffix: (n) => (n === undefined ? ', group' : `, group, ${en.members(n)}`),

  chats: 'Chats',
  searchChats: 'Search chats',
  noChatsMatch: 'No chats match your search.',
  noConversations: 'No conversations yet',
  noConversationsHint: 'Find someone to start a chat.',

  loadingOlder: 'Loading older messages',
  newMessages: (n) => p(n, { one: '# new message', other: '# new messages' }),
  jumpToLatest: 'Jump to latest',

  backToChats: 'Back to chats',
  membersToggle: 'Members',
  lastSeen: 'Last seen',

  renameGroup: 'Rename group',
  groupName: 'Group name',
  nameMaxLength: (max) => `At most ${p(max, { other: '#' })} characters.`,
  closeMembers: 'Close members',
  leaveQuestion: (group) => `Leave ${group}? You will stop getting its messages.`,
  stay: 'Stay',
  leave: 'Leave',
  leaveGroup: 'Leave group',
  admin: 'Admin',
  you: '(you)',
  removeQuestion: (name) => `Remove ${name}?`,
  remove: 'Remove',
  makeAdmin: 'Make [{name} ]admin',
  removeAdmin: 'Remove [{name} ]as admin',
  removeMember: 'Remove[ {name}]',

  createGroup: 'Create group',
  noPeopleFound: 'No people found.',
  noPeopleToAdd: 'No people to add.',
  membersTitle: 'Members',
  addedOfMax: (n, max) => `${p(n, { other: '#' })} of ${p(max, { other: '#' })} added`,
  peopleAdded: (n) => p(n, { one: '# person added', other: '# people added' }),
  noOneAdded: 'No one added yet',
  addPeople: 'Add people',
  people: 'People',
  addedPeople: 'Added people',
  searching: 'Searching…',
  removePerson: (name) => `Remove ${name}`,
  groupNameTooLong: 'The group name is too long.',
  needNameAndPeople: 'Add a group name and at least one person.',
  needName: 'Add a group name.',
  needPeople: 'Add at least one person.',

  username: 'Username',
  password: 'Password',
  email: 'Email',
  logIn: 'Log in',
  createAccount: 'Create an account',
  register: 'Register',
  haveAccount: 'I already have an account',
  enterUsername: 'Enter your username.',
  enterPassword: 'Enter your password.',
  chooseUsername: 'Choose a username.',
  usernameRule: 'Use 3–32 letters, digits, dots, dashes or underscores.',
  usernameHint: '3–32 letters, digits, dots, dashes or underscores.',
  enterEmail: 'Enter your email address.',
  invalidEmail: 'Enter a valid email address.',
  passwordTooShort: (min) => `Use at least ${p(min, { other: '#' })} characters.`,
  passwordHint: (min) => `At least ${p(min, { other: '#' })} characters.`,

  details: 'Details',
  conversations: 'Conversations',
  conversation: 'Conversation',

  // Attachments: messages
  openImage: (name) => `Open ${name}`,
  moreImages: (count) => `+${p(count, { other: '#' })}`,
  downloadFile: (name) => `Download ${name}`,
  download: 'Download',
  playVoice: 'Play voice message',
  pauseVoice: 'Pause voice message',
  playbackPosition: 'Playback position',
  playbackTime: (position, duration) => `${position} of ${duration}`,
  closeViewer: 'Close',
  previousImage: 'Previous image',
  nextImage: 'Next image',
  imagePosition: (index, count) => `${p(index, { other: '#' })} of ${p(count, { other: '#' })}`,
  // Attachments: composer
  attachFiles: 'Attach files',
  attachments: 'Attachments',
  removeAttachment: (name) => `Remove ${name}`,
  retryAttachment: (name) => `Retry ${name}`,
  uploadingAttachment: (name) => `Uploading ${name}`,
  uploadFailed: 'Upload failed.',
  attachmentsFailedHint: 'Remove or retry the files that failed to upload.',
  dropFiles: 'Drop files to attach',
  recordVoice: 'Record voice message',
  stopRecording: 'Stop recording',
  cancelRecording: 'Cancel recording',
  sendVoice: 'Send voice message',
  deleteVoice: 'Delete voice message',
  voiceMessage: 'Voice message',
  recording: 'Recording',
  inputLevel: 'Input level',
  micDenied: "Microphone access was refused. Allow it in your browser's site settings to record.",
  micMissing: 'No microphone was found. Connect one to record.',
  micUnavailable: 'Recording is not available in this browser.',
  // Replies, reactions, formatting
  goToQuoted: '[Go to message from ]{name}',
  quotedDeleted: 'Message deleted',
  replyingTo: (name) => `Replying to ${name}`,
  cancelReply: 'Cancel reply',
  reactions: 'Reactions',
  reaction: (emoji, n, me) => `${emoji} ${p(n, { other: '#' })}${me ? ', you reacted' : ''}`,
  reactedBy: (names, others) =>
    others > 0
      ? `${names.join(', ')} ${p(others, { one: 'and # other', other: 'and # others' })}`
      : names.length > 1
        ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
        : (names[0] ?? ''),
  addReaction: 'Add reaction',
  // Message actions, mentions, forwarding
  moreActions: 'More actions',
  messageActions: 'Message actions',
  reply: 'Reply',
  react: 'React',
  forward: 'Forward',
  pin: 'Pin',
  unpin: 'Unpin',
  copyText: 'Copy text',
  copied: 'Copied',
  forwarded: 'Forwarded',
  mentionedTimes: (n) => p(n, { one: 'mentioned once', other: 'mentioned # times' }),
};
