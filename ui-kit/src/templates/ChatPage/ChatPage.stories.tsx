import type { Meta, StoryObj } from '@storybook/react-vite';
import { ChatPageDemo } from './ChatPage.demo';
import { ChatPageSideDemo } from './ChatPage.side.demo';
import { ChatPage } from './ChatPage';

const meta = {
  title: 'Templates/ChatPage',
  component: ChatPage,
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <div style={{ height: '100vh', minHeight: 560 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ChatPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The full screen with realistic data: select chats, send messages, search people. */
export const FullChat: Story = { render: () => <ChatPageDemo /> };
export const NothingSelected: Story = { render: () => <ChatPageDemo initialChatId={null} /> };
export const Reconnecting: Story = { render: () => <ChatPageDemo reconnecting /> };
export const NoChatsYet: Story = { render: () => <ChatPageDemo chats={[]} initialChatId={null} /> };
/** Narrow screens show one pane; the header's back button returns to the list. */
export const Narrow: Story = {
  render: () => <ChatPageDemo />,
  // Storybook 10: the viewport is a global (options in .storybook/preview); the page's media
  // queries then see a phone-wide frame and show one pane.
  globals: { viewport: { value: 'mobile2', isRotated: false } },
  decorators: [
    (Story) => (
      <div style={{ width: '100%', height: 640, border: '1px solid gray' }}>
        <Story />
      </div>
    ),
  ],
};
export const Dark: Story = { render: () => <ChatPageDemo />, globals: { theme: 'dark' } };
/** With `onDropFiles`, files dragged over the conversation show "Drop files to attach". */
export const DropFiles: Story = { render: () => <ChatPageDemo withAttachments dragOver /> };
/** From the wide breakpoint (1100 px) on, the members panel opens beside the conversation. */
export const MembersBeside: Story = {
  render: () => <ChatPageSideDemo />,
  decorators: [
    (Story) => (
      <div style={{ width: 1280, height: 720 }}>
        <Story />
      </div>
    ),
  ],
};
/** On a phone the members panel takes the conversation's place; "Close members" brings it back. */
export const MembersOnPhone: Story = {
  render: () => <ChatPageSideDemo />,
  decorators: [
    (Story) => (
      <div style={{ width: 375, height: 640, border: '1px solid gray' }}>
        <Story />
      </div>
    ),
  ],
};
