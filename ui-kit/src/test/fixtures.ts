import type { ForwardTarget } from '../organisms/ForwardDialog/ForwardDialog';
import type { ChatMessage, ChatSummary, ChatUser, GroupMember } from '../types';
import type { MentionCandidate } from '../utils/mentionToken';

/** A fixed "now" so stories and tests render the same on every machine. */
export const NOW = new Date('2026-11-25T15:30:00Z');

export const me: ChatUser = { id: 'u-me', name: 'Sam Rivera', presence: 'online' };
export const ada: ChatUser = { id: 'u-ada', name: 'Ada Lovelace', presence: 'online' };
export const grace: ChatUser = { id: 'u-grace', name: 'Grace Hopper', presence: 'away' };
export const linus: ChatUser = { id: 'u-linus', name: 'Linus Pauling', presence: 'offline' };

const minutes = (n: number) => new Date(NOW.getTime() - n * 60_000);

export const sampleChats: ChatSummary[] = [
  {
    id: 'c-ada',
    name: ada.name,
    presence: 'online',
    lastMessage: 'See you at the analytical engine demo!',
    lastMessageAt: minutes(2),
    unreadCount: 3,
  },
  { id: 'c-grace', name: grace.name, presence: 'away', lastMessage: 'Found the bug — it was a moth.', lastMessageAt: minutes(95), typing: true },
  { id: 'c-linus', name: linus.name, presence: 'offline', lastMessage: 'Vitamin C, obviously.', lastMessageAt: minutes(60 * 30) },
  {
    id: 'c-alan',
    name: 'Alan Turing',
    presence: 'online',
    lastMessage: 'Can machines think? Discuss.',
    lastMessageAt: minutes(60 * 24 * 3),
    unreadCount: 250,
  },
  { id: 'c-hedy', name: 'Hedy Lamarr', lastMessage: 'Frequency hopping patent attached.', lastMessageAt: minutes(60 * 24 * 20) },
];

/** Group conversations, as ChatList rows (ids prefixed so they never collide with people's). */
export const sampleGroupChats: ChatSummary[] = [
  {
    id: 'g:1',
    kind: 'group',
    name: 'Analytical Engine Club',
    memberCount: 4,
    lastMessageAuthor: 'Grace Hopper',
    lastMessage: 'Demo moved to Thursday, same room.',
    lastMessageAt: minutes(5),
    unreadCount: 2,
  },
  {
    id: 'g:2',
    kind: 'group',
    name: 'Bug hunters',
    memberCount: 3,
    lastMessageAuthor: 'You',
    lastMessage: 'Fixed it, the relay is clean now.',
    lastMessageAt: minutes(60 * 6),
  },
];

/** Direct and group rows in one list, most recent first. */
export const mixedChats: ChatSummary[] = [sampleChats[0]!, sampleGroupChats[0]!, sampleChats[1]!, sampleGroupChats[1]!, ...sampleChats.slice(2)];

export const alan: ChatUser = { id: 'u-alan', name: 'Alan Turing', presence: 'online' };
export const hedy: ChatUser = { id: 'u-hedy', name: 'Hedy Lamarr' };
export const katherine: ChatUser = { id: 'u-katherine', name: 'Katherine Johnson', presence: 'away' };

/** People to pick from when creating a group. */
export const samplePeople: ChatUser[] = [ada, grace, linus, alan, hedy, katherine];

/** The members of "Analytical Engine Club": Ada created it; `me` is a member. */
export const sampleGroupMembers: GroupMember[] = [
  { ...ada, role: 'admin' },
  { ...me, role: 'member' },
  { ...grace, role: 'admin' },
  { ...linus, role: 'member' },
];

/** A group conversation: runs of messages by Ada, Grace, Linus and `me`. */
export const sampleGroupMessages: ChatMessage[] = [
  { id: 'g1', authorId: ada.id, text: 'Welcome to the club, everyone!', timestamp: minutes(60 * 3) },
  { id: 'g2', authorId: ada.id, text: 'First meeting is about the demo.', timestamp: minutes(60 * 3 - 1) },
  { id: 'g3', authorId: grace.id, text: 'I can bring the relay logs.', timestamp: minutes(60 * 2) },
  { id: 'g4', authorId: me.id, text: 'Count me in.', timestamp: minutes(90), status: 'read' },
  { id: 'g5', authorId: me.id, text: 'Which room?', timestamp: minutes(89), status: 'read' },
  { id: 'g6', authorId: linus.id, text: 'The big one, with the blackboard.', timestamp: minutes(60) },
  { id: 'g7', authorId: grace.id, text: 'Demo moved to Thursday, same room.', timestamp: minutes(5) },
  { id: 'g8', authorId: grace.id, text: 'Bring questions.', timestamp: minutes(4) },
];

/**
 * The same group with its membership notices (`kind: 'system'`, sentences formatted as the app
 * would) across two days: created, members added, a role change, someone joining and leaving.
 */
export const sampleGroupTimeline: ChatMessage[] = [
  { id: 's1', authorId: ada.id, kind: 'system', text: 'Ada Lovelace created the group “Analytical Engine Club”', timestamp: minutes(60 * 27) },
  { id: 's2', authorId: ada.id, kind: 'system', text: 'Ada Lovelace added You, Grace Hopper and Linus Pauling', timestamp: minutes(60 * 27 - 1) },
  sampleGroupMessages[0]!,
  { id: 's3', authorId: ada.id, kind: 'system', text: 'Ada Lovelace made Grace Hopper an admin', timestamp: minutes(60 * 3 - 0.5) },
  ...sampleGroupMessages.slice(1, 5),
  { id: 's4', authorId: me.id, kind: 'system', text: 'You added Alan Turing', timestamp: minutes(80) },
  sampleGroupMessages[5]!,
  { id: 's5', authorId: 'u-alan', kind: 'system', text: 'Alan Turing left', timestamp: minutes(30) },
  ...sampleGroupMessages.slice(6),
];

/** A realistic conversation between `me` and Ada across two days. */
export const sampleMessages: ChatMessage[] = [
  { id: 1, authorId: ada.id, text: 'Morning! Did you read my notes on the engine?', timestamp: minutes(60 * 26), status: 'read' },
  { id: 2, authorId: ada.id, text: 'Note G has the Bernoulli numbers program.', timestamp: minutes(60 * 26 - 1) },
  { id: 3, authorId: me.id, text: 'Reading them now. The loop notation is brilliant.', timestamp: minutes(60 * 25), status: 'read' },
  { id: 4, authorId: ada.id, text: 'Here is the full text: https://en.wikipedia.org/wiki/Note_G', timestamp: minutes(45) },
  { id: 5, authorId: me.id, text: 'Thanks!\nI will bring questions tomorrow.', timestamp: minutes(40), status: 'read', edited: true },
  { id: 6, authorId: ada.id, text: '<img src=x onerror=alert(1)> is how *not* to write HTML, by the way.', timestamp: minutes(10) },
  { id: 7, authorId: me.id, text: 'Ha, noted.', timestamp: minutes(3), status: 'delivered' },
  { id: 8, authorId: me.id, text: 'Also — are you coming to the demo?', timestamp: minutes(2), status: 'sent' },
  { id: 9, authorId: me.id, text: 'This one did not make it.', timestamp: minutes(1), status: 'failed' },
];

/** `count` generated messages alternating authors in runs, one every `stepMinutes`. */
export function generateMessages(count: number, start = 0, stepMinutes = 7): ChatMessage[] {
  const texts = [
    'ok',
    'Sounds good to me.',
    'Let me check the schedule and get back to you later today, there are a few things to move around.',
    'A much longer message that wraps over several lines so that the list has to cope with rows of very different heights, which is what breaks naive virtualization and makes lists jump. '.repeat(
      2,
    ),
    'https://example.com/docs?page=2',
  ];
  return Array.from({ length: count }, (_, i) => {
    const n = start + i;
    const authorId = Math.floor(n / 3) % 2 === 0 ? me.id : ada.id;
    return {
      id: `m-${n}`,
      authorId,
      text: `${texts[n % texts.length] ?? ''} (#${n})`,
      timestamp: new Date(NOW.getTime() - (count + start - n) * stepMinutes * 60_000),
      status: authorId === me.id ? 'read' : undefined,
    } satisfies ChatMessage;
  });
}

import type { MessageAttachment, MessageLinkPreview } from '../types';

// Attachments: messages. Images are small generated SVG data URLs (no network in stories or tests).
const svgDataUrl = (width: number, height: number, hue: number) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="hsl(${hue} 60% 55%)"/><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="hsl(${hue} 70% 85%)"/></svg>`,
  )}`;

/** An image attachment of `width` × `height` pixels (pass 0 for an unknown size). */
export function imageAttachment(n: number, width = 1200, height = 800): MessageAttachment {
  return {
    id: `img-${n}`,
    kind: 'image',
    name: `photo-${n}.jpg`,
    size: 240_000 + n * 10_000,
    content_type: 'image/jpeg',
    url: svgDataUrl(width || 400, height || 300, (n * 47) % 360),
    thumbnail_url: svgDataUrl(Math.round((width || 400) / 4), Math.round((height || 300) / 4), (n * 47) % 360),
    ...(width && height ? { width, height } : {}),
  };
}

export const imageAttachments = (count: number): MessageAttachment[] => Array.from({ length: count }, (_, i) => imageAttachment(i + 1));

export const pdfAttachment: MessageAttachment = {
  id: 'file-1',
  kind: 'file',
  name: 'quarterly-report.pdf',
  size: 2_400_000,
  content_type: 'application/pdf',
  url: 'data:application/pdf;base64,JVBERi0xLjQK',
};

export const voiceAttachment: MessageAttachment = {
  id: 'voice-1',
  kind: 'audio',
  name: 'voice-message.webm',
  size: 48_000,
  content_type: 'audio/webm',
  url: 'data:audio/webm;base64,GkXfow==',
  duration_ms: 65_000,
};

/** A conversation with formatting, replies (one to a deleted message) and reactions. */
export const sampleRepliesAndReactions: ChatMessage[] = [
  {
    id: 'r-1',
    authorId: ada.id,
    text: 'Demo is *Thursday*, room _B-12_. Bring `punch cards` and read https://example.com/engine',
    timestamp: minutes(40),
    reactions: [
      { emoji: '👍', count: 2, me: true, userIds: [me.id, grace.id] },
      { emoji: '🎉', count: 1, me: false, userIds: [grace.id] },
    ],
  },
  {
    id: 'r-2',
    authorId: me.id,
    text: 'Perfect, see you there',
    timestamp: minutes(38),
    status: 'read',
    replyTo: { id: 'r-1', authorId: ada.id, excerpt: 'Demo is Thursday, room B-12. Bring punch cards and read https://example.com/engine' },
  },
  {
    id: 'r-3',
    authorId: ada.id,
    text: 'Never mind that, ~Tuesday~ it is.',
    timestamp: minutes(30),
    replyTo: { id: 'r-0', authorId: me.id, excerpt: '', deleted: true },
    reactions: [{ emoji: '😮', count: 1, me: false, userIds: [ada.id] }],
  },
];

/** Link previews in each shape the card handles. */
export const linkPreviews = {
  full: {
    url: 'https://example.com/engine',
    title: 'The Analytical Engine',
    description: 'A proposed mechanical general-purpose computer designed by Charles Babbage, first described in 1837.',
    siteName: 'Example Encyclopedia',
    imageUrl: svgDataUrl(1200, 628, 210),
  },
  textOnly: {
    url: 'https://example.com/notes',
    title: 'Notes on the engine',
    description: 'Sketch of the Analytical Engine invented by Charles Babbage, with notes by the translator.',
    siteName: 'example.com',
  },
  titleOnly: { url: 'https://example.com/short', title: 'A short page' },
  long: {
    url: 'https://example.com/very/long/path/that/goes/on/and/on',
    title:
      'An unusually long page title that goes on well past the width of the card so that it must wrap over several lines without pushing anything out of the bubble',
    description:
      'A description long enough to be clamped: it keeps going, sentence after sentence, describing everything about the page in far more detail than anyone would read in a chat, and then it goes on some more so the third line is never enough.',
    siteName: 'A site with a long name',
  },
} satisfies Record<string, MessageLinkPreview>;

/** Messages with link previews: one of the reader's (removable), one of Ada's. */
export const sampleLinkPreviewMessages: ChatMessage[] = [
  { id: 'lp-1', authorId: ada.id, text: 'Have you read https://example.com/engine', timestamp: minutes(20), linkPreview: linkPreviews.full },
  {
    id: 'lp-2',
    authorId: me.id,
    text: 'Yes, and https://example.com/notes',
    timestamp: minutes(18),
    status: 'read',
    linkPreview: linkPreviews.textOnly,
  },
];

/** Pinned messages, newest first, as PinnedBar takes them. */
export const samplePins = [
  { id: 'r-1', authorName: ada.name, excerpt: 'Demo is Thursday, room B-12. Bring punch cards and read https://example.com/engine' },
  { id: 'm-3', authorName: grace.name, excerpt: 'Agenda for the review is in the shared folder' },
  { id: 'm-7', authorName: me.name, excerpt: 'Remember to bring the punch cards' },
];

/** Group members as the composer's mention candidates. */
export const sampleMentionCandidates: readonly MentionCandidate[] = [
  { id: ada.id, username: 'ada', displayName: ada.name },
  { id: grace.id, username: 'grace', displayName: grace.name },
  { id: alan.id, username: 'alan', displayName: alan.name },
];

/** Usernames of the fixtures' people, for `getUsername`. */
export const sampleUsernames: Record<string, string> = { [me.id]: 'sam', [ada.id]: 'ada', [grace.id]: 'grace', [alan.id]: 'alan' };

/** Conversations to forward to. */
export const sampleForwardTargets: readonly ForwardTarget[] = [
  { id: 'u:ada', name: ada.name, kind: 'direct' },
  { id: 'u:grace', name: grace.name, kind: 'direct' },
  { id: 'g:1', name: 'Analytical Engine', kind: 'group' },
  { id: 'g:2', name: 'Compiler Club', kind: 'group' },
];

/** Messages with mentions, forwarding and a pin. */
export const sampleMentionMessages: ChatMessage[] = [
  { id: 'm-1', authorId: ada.id, text: 'Hey @sam, can you review this with @grace?', timestamp: minutes(20), mentions: [me.id, grace.id] },
  { id: 'm-2', authorId: grace.id, text: '@ada sure, after lunch', timestamp: minutes(18), mentions: [ada.id] },
  { id: 'm-3', authorId: ada.id, text: 'The notes from Tuesday', timestamp: minutes(15), forwarded: { authorId: grace.id }, pinned: true },
];
