import type { Meta, StoryObj } from '@storybook/react-vite';
import { PresenceDot } from './PresenceDot';

const meta = {
  title: 'Atoms/PresenceDot',
  component: PresenceDot,
  args: { status: 'online' },
} satisfies Meta<typeof PresenceDot>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Online: Story = {};
export const Away: Story = { args: { status: 'away' } };
export const Offline: Story = { args: { status: 'offline' } };
export const Dark: Story = { globals: { theme: 'dark' } };
