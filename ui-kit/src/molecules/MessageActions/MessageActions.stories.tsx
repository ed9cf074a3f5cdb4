import type { Meta, StoryObj } from '@storybook/react-vite';
import { NOW } from '../../test/fixtures';
import { MessageActions } from './MessageActions';

const noop = () => {};
const handlers = { onReply: noop, onReact: noop, onForward: noop, onTogglePin: noop, onEdit: noop, onDelete: noop };

const meta = {
  title: 'Molecules/MessageActions',
  component: MessageActions,
  args: { message: { id: 1, authorId: 'a', text: 'Are we still on for tomorrow?', timestamp: NOW }, ...handlers },
  argTypes: {
    onReply: { action: 'reply' },
    onReact: { action: 'react' },
    onForward: { action: 'forward' },
    onTogglePin: { action: 'toggle pin' },
    onEdit: { action: 'edit' },
    onDelete: { action: 'delete' },
  },
  decorators: [(Story) => <div style={{ display: 'flex', justifyContent: 'center', paddingBottom: 280 }}>{Story()}</div>],
} satisfies Meta<typeof MessageActions>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};
/** Someone else's message: no Edit or Delete. */
export const OpenOthers: Story = { args: { defaultOpen: true } };
/** The reader's own message: Edit and Delete too. */
export const OpenOwn: Story = { args: { defaultOpen: true, own: true } };
export const OpenPinned: Story = {
  args: { defaultOpen: true, message: { id: 2, authorId: 'a', text: 'Pinned rules', timestamp: NOW, pinned: true } },
};
/** Only the actions whose handler is given. */
export const OnlySome: Story = { args: { defaultOpen: true, onReact: undefined, onTogglePin: undefined, onEdit: undefined, onDelete: undefined } };
export const OpenDark: Story = { args: { defaultOpen: true, own: true }, globals: { theme: 'dark' } };
