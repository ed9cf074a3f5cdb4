import type { Meta, StoryObj } from '@storybook/react-vite';
import { imageAttachment, imageAttachments, NOW, pdfAttachment, voiceAttachment } from '../../test/fixtures';
import { MessageBubble } from './MessageBubble';

const meta = {
  title: 'Molecules/MessageBubble',
  component: MessageBubble,
  args: {
    message: { id: 1, authorId: 'a', text: 'Are we still on for tomorrow?', timestamp: NOW },
    own: false,
    authorName: 'Ada Lovelace',
    timeZone: 'UTC',
    locale: 'en-GB',
  },
  argTypes: {
    onRetry: { action: 'retry' },
    onDiscard: { action: 'discard' },
    onEdit: { action: 'edit' },
    onDelete: { action: 'delete' },
    onOpenImage: { action: 'open image' },
    onAttachmentError: { action: 'attachment error' },
    onJumpToMessage: { action: 'jump to message' },
    onToggleReaction: { action: 'toggle reaction' },
  },
} satisfies Meta<typeof MessageBubble>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Other: Story = { args: { showAuthor: true } };
export const Own: Story = { args: { own: true, message: { id: 2, authorId: 'me', text: 'Yes, 10:00 at the lab.', timestamp: NOW, status: 'read' } } };
export const Sending: Story = { args: { own: true, message: { id: 3, authorId: 'me', text: 'On my way', timestamp: NOW, status: 'sending' } } };
export const Delivered: Story = {
  args: { own: true, message: { id: 4, authorId: 'me', text: 'Delivered but unread', timestamp: NOW, status: 'delivered' } },
};
export const Failed: Story = {
  args: { own: true, message: { id: 5, authorId: 'me', text: 'This one did not go through.', timestamp: NOW, status: 'failed' } },
};
export const WithLinks: Story = {
  args: { message: { id: 6, authorId: 'a', text: 'Docs: https://example.com/guide, and www.example.org too.', timestamp: NOW } },
};
export const MarkupIsText: Story = {
  args: { message: { id: 7, authorId: 'a', text: '<img src=x onerror=alert(1)> <b>not bold</b>', timestamp: NOW } },
};
export const LongText: Story = {
  args: {
    message: {
      id: 8,
      authorId: 'a',
      text: 'Supercalifragilisticexpialidocious'.repeat(6) + '\n\n' + 'A long paragraph that goes on. '.repeat(20),
      timestamp: NOW,
    },
  },
};
export const Edited: Story = {
  args: { own: true, message: { id: 9, authorId: 'me', text: 'Fixed the typo', timestamp: NOW, status: 'sent', edited: true } },
};
export const Deleted: Story = { args: { message: { id: 10, authorId: 'a', text: '', timestamp: NOW, deleted: true } } };
export const Dark: Story = {
  args: { own: true, message: { id: 11, authorId: 'me', text: 'Dark mode bubble', timestamp: NOW, status: 'failed' } },
  globals: { theme: 'dark' },
};
/** Own sent messages offer "Edit message" and "Delete message" in the "More actions" menu (with Copy text). */
export const OwnWithActions: Story = {
  args: {
    own: true,
    onEdit: () => {},
    onDelete: () => {},
    message: { id: 12, authorId: 'me', text: 'I can change this', timestamp: NOW, status: 'delivered' },
  },
};
/** A failed message offers Retry and Discard. */
export const FailedWithDiscard: Story = {
  args: {
    own: true,
    onRetry: () => {},
    onDiscard: () => {},
    message: { id: 13, authorId: 'me', text: 'Server said no.', timestamp: NOW, status: 'failed' },
  },
};
/** Refused for good (the person does not exist): the reason, and only Discard. */
export const FailedPermanently: Story = {
  args: {
    own: true,
    onRetry: () => undefined,
    onDiscard: () => undefined,
    message: {
      id: 14,
      authorId: 'me',
      text: 'Hello?',
      timestamp: NOW,
      status: 'failed',
      failureReason: "This person doesn't exist",
      retryable: false,
    },
  },
};
/** Throttled: the reason, and Retry still offered. */
export const FailedRetryable: Story = {
  args: {
    own: true,
    onRetry: () => undefined,
    onDiscard: () => undefined,
    message: {
      id: 15,
      authorId: 'me',
      text: 'One more',
      timestamp: NOW,
      status: 'failed',
      failureReason: 'Too many messages, try again in a moment',
    },
  },
};
export const OwnDeleted: Story = {
  args: {
    own: true,
    onEdit: () => {},
    onDelete: () => {},
    message: { id: 14, authorId: 'me', text: '', timestamp: NOW, status: 'read', deleted: true },
  },
};

// Attachments: messages
/** A photo and a caption. */
export const ImageWithText: Story = {
  args: { message: { id: 20, authorId: 'a', text: 'The view from the lab', timestamp: NOW, attachments: [imageAttachment(1)] } },
};
/** Only images: no text, no bubble padding; the time sits under them. */
export const ImagesOnly: Story = {
  args: { own: true, message: { id: 21, authorId: 'me', text: '', timestamp: NOW, status: 'read', attachments: imageAttachments(3) } },
};
export const SevenImages: Story = {
  args: { message: { id: 22, authorId: 'a', text: '', timestamp: NOW, attachments: imageAttachments(7) } },
};
export const PortraitImage: Story = {
  args: { message: { id: 23, authorId: 'a', text: '', timestamp: NOW, attachments: [imageAttachment(2, 900, 1600)] } },
};
export const FileMessage: Story = {
  args: { own: true, message: { id: 24, authorId: 'me', text: 'Here is the report', timestamp: NOW, status: 'sent', attachments: [pdfAttachment] } },
};
export const VoiceMessage: Story = {
  args: { message: { id: 25, authorId: 'a', text: '', timestamp: NOW, attachments: [voiceAttachment] } },
};
export const ExpiredImage: Story = {
  args: {
    message: {
      id: 26,
      authorId: 'a',
      text: '',
      timestamp: NOW,
      attachments: [{ ...imageAttachment(5), url: 'data:,', thumbnail_url: 'data:image/png;base64,expired' }],
    },
  },
};
/** A deleted message shows none of its files. */
export const DeletedWithAttachments: Story = {
  args: { message: { id: 27, authorId: 'a', text: '', timestamp: NOW, deleted: true, attachments: [pdfAttachment] } },
};

const names: Record<string, string> = { a: 'Ada Lovelace', g: 'Grace Hopper', me: 'Sam Rivera' };
const getAuthorName = (id: string | number) => names[String(id)];

/** `*bold*`, `_italic_`, `~strike~`, `code` and code blocks, rendered as elements. */
export const Formatted: Story = {
  args: {
    message: {
      id: 20,
      authorId: 'a',
      text: 'The demo is *Thursday*, **not** _Wednesday_ (~Tuesday~). Run `engine --punch`:\n```\nfor card in deck:\n    feed(card) # *literal*\n```\nsnake_case_names and 2*3*4 stay as typed.',
      timestamp: NOW,
    },
  },
};
/** Script tags, a `javascript:` link and markup in code stay inert text. */
export const HostileInputIsInert: Story = {
  args: {
    message: {
      id: 21,
      authorId: 'a',
      text: '<script>alert(1)</script> [click](javascript:alert(1)) data:text/html,<b>x</b> *<img src=x onerror=alert(1)>* `<iframe>`',
      timestamp: NOW,
    },
  },
};
const quoted = { id: 30, authorId: 'g', excerpt: 'Found the bug, it was a moth in relay 70.' };
export const Reply: Story = {
  args: {
    getAuthorName,
    onJumpToMessage: () => {},
    message: { id: 22, authorId: 'a', text: 'Tape it in the log book!', timestamp: NOW, replyTo: quoted },
  },
};
export const OwnReply: Story = {
  args: {
    own: true,
    getAuthorName,
    onJumpToMessage: () => {},
    message: { id: 23, authorId: 'me', text: 'Done.', timestamp: NOW, status: 'read', replyTo: quoted },
  },
};
export const ReplyToDeleted: Story = {
  args: {
    getAuthorName,
    onJumpToMessage: () => {},
    message: { id: 24, authorId: 'a', text: 'What did it say?', timestamp: NOW, replyTo: { ...quoted, excerpt: '', deleted: true } },
  },
};
export const ReplyToLongMessage: Story = {
  args: {
    getAuthorName,
    onJumpToMessage: () => {},
    message: {
      id: 25,
      authorId: 'a',
      text: 'Agreed.',
      timestamp: NOW,
      replyTo: { ...quoted, excerpt: 'The engine might compose elaborate pieces of music of any degree of complexity. '.repeat(6) },
    },
  },
};
const reactions = [
  { emoji: '👍', count: 3, me: true, userIds: ['me', 'g'] },
  { emoji: '😂', count: 1, me: false, userIds: ['g'] },
];
export const WithReactions: Story = {
  args: { getAuthorName, onToggleReaction: () => {}, message: { id: 26, authorId: 'a', text: 'Lunch at noon?', timestamp: NOW, reactions } },
};
export const OwnWithReactions: Story = {
  args: {
    own: true,
    getAuthorName,
    onToggleReaction: () => {},
    message: { id: 27, authorId: 'me', text: 'Shipped!', timestamp: NOW, status: 'read', reactions: [{ emoji: '🎉', count: 12, me: false }] },
  },
};
export const ReactionsReadOnly: Story = { args: { message: { id: 28, authorId: 'a', text: 'Lunch at noon?', timestamp: NOW, reactions } } };
export const ReplyWithReactionsDark: Story = {
  args: {
    ...Reply.args,
    onToggleReaction: () => {},
    message: { id: 29, authorId: 'a', text: 'Tape it *in*!', timestamp: NOW, replyTo: quoted, reactions },
  },
  globals: { theme: 'dark' },
};

const menu = { onReply: () => {}, onForward: () => {}, onTogglePin: () => {}, onToggleReaction: () => {} };
/** "More actions" beside the bubble (shown on hover and focus): Reply, React, Forward, Pin, Copy text (and Edit, Delete on own). */
export const WithActionsMenu: Story = { args: menu };
export const OwnWithActionsMenu: Story = {
  args: {
    ...menu,
    own: true,
    onEdit: () => {},
    onDelete: () => {},
    message: { id: 40, authorId: 'me', text: 'Yes, 10:00 at the lab.', timestamp: NOW, status: 'read' },
  },
};
/** A deleted message: no menu. */
export const DeletedWithActions: Story = { args: { ...menu, message: { id: 41, authorId: 'a', text: '', timestamp: NOW, deleted: true } } };
export const Forwarded: Story = {
  args: { ...menu, message: { id: 42, authorId: 'a', text: 'The notes from Tuesday', timestamp: NOW, forwarded: { authorId: 'g' }, pinned: true } },
};
const usernames: Record<string, string> = { me: 'sam', a: 'ada', g: 'grace' };
const getUsername = (id: string | number) => usernames[String(id)];
/** Mentions the reader: a stronger highlight and `data-mentions-me`. */
export const MentionsMe: Story = {
  args: {
    currentUserId: 'me',
    getUsername,
    message: { id: 43, authorId: 'a', text: 'Hey @sam, can you review this with @grace?', timestamp: NOW, mentions: ['me', 'g'] },
  },
};
/** Mentions others only: highlighted, not as strongly. */
export const MentionsOthers: Story = {
  args: { currentUserId: 'me', getUsername, message: { id: 44, authorId: 'a', text: '@grace sure, after lunch', timestamp: NOW, mentions: ['g'] } },
};
export const MentionsMeDark: Story = { ...MentionsMe, globals: { theme: 'dark' } };
