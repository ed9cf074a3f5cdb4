import type { Meta, StoryObj } from '@storybook/react-vite';
import { MessageComposer } from './MessageComposer';

const meta = {
  title: 'Molecules/MessageComposer',
  component: MessageComposer,
  args: { onSend: () => {} },
  argTypes: { onSend: { action: 'send' } },
} satisfies Meta<typeof MessageComposer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const WithDraft: Story = { args: { value: 'Draft that is\nseveral lines\nlong' } };
export const NearLimit: Story = { args: { maxLength: 40, counterThreshold: 20, value: 'Almost at the limit of this box' } };
export const Disabled: Story = { args: { disabled: true, placeholder: 'You are offline' } };
export const Dark: Story = { globals: { theme: 'dark' } };
