import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback, useState } from 'react';
import { Button } from '../../atoms/Button/Button';
import { EmptyState } from '../../molecules/EmptyState/EmptyState';
import { ada, generateMessages, me, NOW, sampleMessages } from '../../test/fixtures';
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
    setMessages((m) => [
      ...m,
      { id: `live-${m.length}`, authorId: ada.id, text: `A new message (${m.length})`, timestamp: new Date() },
    ]);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div style={{ padding: 8 }}>
        <Button size="sm" variant="secondary" onClick={receive}>
          Receive a message
        </Button>
      </div>
      <MessageList
        {...props}
        messages={messages}
        onLoadOlder={loadOlder}
        loadingOlder={loading}
        hasOlder={oldest > 0}
      />
    </div>
  );
}

/** Interactive: scroll up to load older pages (position is kept), receive messages while scrolled up. */
export const LoadOlderAndReceive: Story = { render: (args) => <LiveDemo {...args} /> };

export const Dark: Story = { globals: { theme: 'dark' } };
