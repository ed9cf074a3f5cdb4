import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback, useState } from 'react';
import { Button } from '../../atoms/Button/Button';
import { EmptyState } from '../../molecules/EmptyState/EmptyState';
import { ImageViewer } from '../ImageViewer/ImageViewer';
import {
  ada,
  generateMessages,
  imageAttachment,
  imageAttachments,
  pdfAttachment,
  voiceAttachment,
  grace,
  linus,
  me,
  NOW,
  sampleGroupMessages,
  sampleGroupTimeline,
  sampleMessages,
  sampleLinkPreviewMessages,
  sampleRepliesAndReactions,
} from '../../test/fixtures';
import type { ChatMessage, UserId } from '../../types';
import { MessageList, type MessageListProps } from './MessageList';

const names: Record<string, string> = { [String(me.id)]: me.name, [String(ada.id)]: ada.name };
const getAuthorName = (id: UserId) => names[String(id)];

const meta = {
  title: 'Organisms/MessageList',
  component: MessageList,
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <div style={{ height: 520, display: 'flex', flexDirection: 'column' }}>
        <Story />
      </div>
    ),
  ],
  args: {
    messages: sampleMessages,
    currentUserId: me.id,
    label: ada.name,
    getAuthorName,
    now: NOW,
    timeZone: 'UTC',
    locale: 'en-GB',
  },
  argTypes: { onRetry: { action: 'retry' }, onLoadOlder: { action: 'loadOlder' } },
} satisfies Meta<typeof MessageList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Conversation: Story = {};

export const Empty: Story = {
  args: { messages: [], emptyState: <EmptyState title="No messages yet" description="Say hello to Ada." /> },
};

export const LoadingOlder: Story = { args: { loadingOlder: true, onLoadOlder: () => {} } };

/** 10,000 messages of mixed heights: scroll freely, only visible rows are in the DOM. */
export const TenThousandMessages: Story = { args: { messages: generateMessages(10_000) } };

function LiveDemo(props: MessageListProps) {
  const [messages, setMessages] = useState<ChatMessage[]>(() => generateMessages(60, 1000));
  const [loading, setLoading] = useState(false);
  const [oldest, setOldest] = useState(1000);
  const loadOlder = useCallback(() => {
    setLoading(true);
    setTimeout(() => {
      setMessages((m) => [...generateMessages(30, oldest - 30), ...m]);
      setOldest((o) => o - 30);
      setLoading(false);
    }, 600);
  }, [oldest]);
  const receive = () =>
    setMessages((m) => [...m, { id: `live-${m.length}`, authorId: ada.id, text: `A new message (${m.length})`, timestamp: new Date() }]);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div style={{ padding: 8 }}>
        <Button size="sm" variant="secondary" onClick={receive}>
          Receive a message
        </Button>
      </div>
      <MessageList {...props} messages={messages} onLoadOlder={loadOlder} loadingOlder={loading} hasOlder={oldest > 0} />
    </div>
  );
}

/** Interactive: scroll up to load older pages (position is kept), receive messages while scrolled up. */
export const LoadOlderAndReceive: Story = { render: (args) => <LiveDemo {...args} /> };

export const Dark: Story = { globals: { theme: 'dark' } };

/** Opened at a search hit: the list starts with that message in view, marked. */
export const HighlightedMessage: Story = { args: { messages: generateMessages(200), highlightId: 'm-60' } };

const groupNames: Record<string, string> = {
  [String(me.id)]: me.name,
  [String(ada.id)]: ada.name,
  [String(grace.id)]: grace.name,
  [String(linus.id)]: linus.name,
};
const getGroupAuthorName = (id: UserId) => groupNames[String(id)];

/**
 * A group conversation: each run of someone else's messages starts with the author's name (once per
 * run); the reader's own messages show no name.
 */
export const GroupConversation: Story = {
  name: 'Group conversation',
  args: { messages: sampleGroupMessages, label: 'Analytical Engine Club', getAuthorName: getGroupAuthorName, showAuthorNames: true },
};
export const GroupConversationDark: Story = { ...GroupConversation, name: 'Group conversation (dark)', globals: { theme: 'dark' } };

/**
 * A group with membership notices (`kind: 'system'`): centered lines without bubble, name or actions
 * (even the reader's own "You added…", with Edit/Delete on), each ending the run before it, so Ada's
 * next message names her again.
 */
export const GroupConversationWithNotices: Story = {
  name: 'Group conversation with notices',
  args: { ...GroupConversation.args, messages: sampleGroupTimeline, onEdit: () => {}, onDelete: () => {} },
};
export const GroupConversationWithNoticesDark: Story = {
  ...GroupConversationWithNotices,
  name: 'Group conversation with notices (dark)',
  globals: { theme: 'dark' },
};

/** A one-to-one chat: no author names above the partner's groups (the header names them). */
export const OneToOne: Story = { args: { showAuthorNames: false } };

/** Own messages can be edited inline and deleted from their "More actions" menu (a "message deleted" placeholder stays). */
function EditableConversation(args: MessageListProps) {
  const [messages, setMessages] = useState<readonly ChatMessage[]>(args.messages);
  const change = (id: ChatMessage['id'], patch: Partial<ChatMessage> | null) =>
    setMessages((all) => all.flatMap((m) => (m.id !== id ? [m] : patch ? [{ ...m, ...patch }] : [])));
  return (
    <MessageList
      {...args}
      messages={messages}
      showAuthorNames={false}
      onEdit={(m, text) => change(m.id, { text, edited: true })}
      onDelete={(m) => change(m.id, { text: '', deleted: true })}
      onRetry={(m) => change(m.id, { status: 'sending' })}
      onDiscard={(m) => change(m.id, null)}
    />
  );
}
export const EditAndDelete: Story = {
  args: {
    messages: [
      ...sampleMessages,
      { id: 'gone', authorId: ada.id, text: '', timestamp: NOW, deleted: true },
      { id: 'failed', authorId: me.id, text: 'This one failed', timestamp: NOW, status: 'failed' },
    ],
  },
  render: (args) => <EditableConversation {...args} />,
};

/** A group message from someone the reader blocked is collapsed until "Show". */
export const FromABlockedPerson: Story = {
  args: {
    messages: [...sampleMessages, { id: 'blocked', authorId: ada.id, text: 'You will not see this at first', timestamp: NOW, senderBlocked: true }],
  },
};

// Attachments: messages
const withAttachments: ChatMessage[] = [
  ...sampleMessages,
  { id: 'att-1', authorId: ada.id, text: 'Photos from the trip', timestamp: NOW, attachments: imageAttachments(5) },
  { id: 'att-2', authorId: ada.id, text: '', timestamp: NOW, attachments: [imageAttachment(9, 900, 1600)] },
  { id: 'att-3', authorId: me.id, text: 'And the report', timestamp: NOW, status: 'read', attachments: [pdfAttachment] },
  { id: 'att-4', authorId: ada.id, text: '', timestamp: NOW, attachments: [voiceAttachment] },
];

/** Images, a file and a voice message; a thumbnail opens the ImageViewer (as the app wires it). */
export const WithAttachments: Story = {
  args: { messages: withAttachments },
  render: function Render(args) {
    const [viewing, setViewing] = useState<{ message: ChatMessage; index: number } | null>(null);
    const images = viewing?.message.attachments?.filter((a) => a.kind === 'image') ?? [];
    return (
      <>
        <MessageList {...args} onOpenImage={(message, index) => setViewing({ message, index })} />
        <ImageViewer
          images={images}
          open={viewing !== null}
          index={viewing?.index ?? 0}
          onIndexChange={(index) => setViewing((v) => v && { ...v, index })}
          onClose={() => setViewing(null)}
        />
      </>
    );
  },
};

/** Formatting, replies (one to a deleted message) and reactions; quotes jump to the original. */
export const RepliesAndReactions: Story = {
  args: { messages: sampleRepliesAndReactions, onToggleReaction: () => {} },
  render: function Render(args) {
    const [highlightId, setHighlightId] = useState<MessageListProps['highlightId']>();
    return <MessageList {...args} highlightId={highlightId} onJumpToMessage={(id) => setHighlightId(id)} />;
  },
};
export const RepliesAndReactionsDark: Story = { ...RepliesAndReactions, globals: { theme: 'dark' } };

/** Opening a conversation with unread messages: starts at the "New messages" divider; "Jump to latest" below. */
export const NewMessagesDivider: Story = { args: { messages: generateMessages(200), firstUnreadId: 'm-150' } };
/** The first unread message is not loaded yet: "Jump to first unread" asks the app to load it. */
export const FirstUnreadNotLoaded: Story = {
  args: { messages: generateMessages(40, 100), firstUnreadId: 'm-20', onJumpToFirstUnread: () => {} },
};
/** Link previews: the reader's own can be removed. */
export const LinkPreviews: Story = {
  args: { messages: sampleLinkPreviewMessages, onRemoveLinkPreview: () => {}, getAuthorName },
};
