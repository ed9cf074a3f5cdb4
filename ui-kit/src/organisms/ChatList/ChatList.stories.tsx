import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { mixedChats, NOW, sampleChats } from '../../test/fixtures';
import { ChatList } from './ChatList';

const meta = {
  title: 'Organisms/ChatList',
  component: ChatList,
  decorators: [
    (Story) => (
      <div style={{ width: 360, height: 480, display: 'flex', flexDirection: 'column' }}>
        <Story />
      </div>
    ),
  ],
  args: { chats: sampleChats, selectedId: 'c-ada', now: NOW, timeZone: 'UTC', locale: 'en-GB' },
  argTypes: { onSelect: { action: 'select' } },
} satisfies Meta<typeof ChatList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Interactive: Story = {
  render: function Render(args) {
    const [selected, setSelected] = useState<string | number | null>(null);
    return <ChatList {...args} selectedId={selected} onSelect={(id) => setSelected(id)} />;
  },
};
export const Empty: Story = { args: { chats: [] } };
export const NoSearch: Story = { args: { searchable: false } };
export const ManyChats: Story = {
  args: {
    chats: Array.from({ length: 60 }, (_, i) => ({
      id: `c${i}`,
      name: `Contact ${i + 1}`,
      lastMessage: i % 3 ? 'Sounds good' : 'A longer last message that is cut with an ellipsis in the list',
      lastMessageAt: new Date(NOW.getTime() - i * 3_600_000),
      unreadCount: i % 7 === 0 ? i * 20 : 0,
      presence: (['online', 'away', 'offline'] as const)[i % 3],
    })),
  },
};
/** 5,000 conversations: virtualized, only the rows in view (plus the focused one) are in the DOM. */
export const FiveThousandChats: Story = {
  render: function Render(args) {
    const [selected, setSelected] = useState<string | number | null>('c42');
    return <ChatList {...args} selectedId={selected} onSelect={(id) => setSelected(id)} />;
  },
  args: {
    chats: Array.from({ length: 5000 }, (_, i) => ({
      id: `c${i}`,
      name: `Contact ${i + 1}`,
      lastMessage: i % 4 ? 'See you tomorrow' : 'A longer last message that is cut with an ellipsis in the list',
      lastMessageAt: new Date(NOW.getTime() - i * 600_000),
      unreadCount: i % 11 === 0 ? (i % 130) + 1 : 0,
      presence: (['online', 'away', 'offline'] as const)[i % 3],
      typing: i === 3,
    })),
  },
};
/**
 * Hosted in an outer scroller (as in IonContent, whose `getScrollElement()` it is given): no scrollbar
 * of its own, virtualized against the host's viewport, below the host's other content.
 */
export const InScrollHost: Story = {
  render: function Render(args) {
    const [host, setHost] = useState<HTMLElement | null>(null);
    return (
      <div ref={setHost} style={{ height: '100%', overflowY: 'auto' }}>
        <p style={{ margin: 0, padding: 16 }}>Pull down to refresh. The list below scrolls with this whole pane.</p>
        <ChatList {...args} scrollElement={host} searchable={false} />
      </div>
    );
  },
  args: { chats: ManyChats.args?.chats },
};
export const Dark: Story = { globals: { theme: 'dark' } };
/** Direct and group conversations in one list: groups have a square avatar and the author before the preview. */
export const WithGroups: Story = {
  render: function Render(args) {
    const [selected, setSelected] = useState<string | number | null>('g:1');
    return <ChatList {...args} selectedId={selected} onSelect={(id) => setSelected(id)} />;
  },
  args: { chats: mixedChats },
};
export const WithGroupsDark: Story = { args: { chats: mixedChats, selectedId: 'g:1' }, globals: { theme: 'dark' } };
