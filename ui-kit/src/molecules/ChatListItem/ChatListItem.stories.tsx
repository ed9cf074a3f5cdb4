import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { NOW, sampleChats, sampleGroupChats } from '../../test/fixtures';
import { ChatListItem } from './ChatListItem';

const inListbox: Decorator = (Story) => (
  <div role="listbox" aria-label="Chats" style={{ maxWidth: 360 }}>
    <Story />
  </div>
);

const meta = {
  title: 'Molecules/ChatListItem',
  component: ChatListItem,
  decorators: [inListbox],
  args: { chat: sampleChats[0]!, now: NOW, timeZone: 'UTC', locale: 'en-GB', tabIndex: 0 },
} satisfies Meta<typeof ChatListItem>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Unread: Story = {};
export const Selected: Story = { args: { selected: true } };
export const Typing: Story = { args: { chat: sampleChats[1]! } };
export const Read: Story = { args: { chat: sampleChats[2]! } };
export const ManyUnread: Story = { args: { chat: sampleChats[3]! } };
export const LongPreview: Story = {
  args: {
    chat: {
      id: 'l',
      name: 'A person with a really quite long display name',
      lastMessage: 'A very long last message that should be truncated with an ellipsis rather than wrapping onto many lines.',
      lastMessageAt: NOW,
    },
  },
};
/** A group: square group avatar, no presence, the last message's author before it. */
export const Group: Story = { args: { chat: sampleGroupChats[0]! } };
export const GroupRead: Story = { args: { chat: sampleGroupChats[1]! } };
export const GroupTyping: Story = { args: { chat: { ...sampleGroupChats[0]!, typing: true } } };
export const GroupDark: Story = { args: { chat: sampleGroupChats[0]!, selected: true }, globals: { theme: 'dark' } };
export const Dark: Story = { args: { selected: true }, globals: { theme: 'dark' } };
/** Unread mentions of the reader: an "@" badge beside the unread count. */
export const Mentioned: Story = { args: { chat: { ...sampleGroupChats[0]!, unreadCount: 4, mentionCount: 2 } } };
export const MentionedDark: Story = { args: { chat: { ...sampleGroupChats[0]!, unreadCount: 4, mentionCount: 1 } }, globals: { theme: 'dark' } };
