import type { Meta, StoryObj } from '@storybook/react-vite';
import { CallButton } from './CallButton';

const meta = {
  title: 'Molecules/CallButton',
  component: CallButton,
  args: { media: 'audio' },
} satisfies Meta<typeof CallButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Audio: Story = {};
export const Video: Story = { args: { media: 'video' } };
export const Disabled: Story = { args: { disabled: true } };
