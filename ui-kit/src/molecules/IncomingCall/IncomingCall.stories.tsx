import type { Meta, StoryObj } from '@storybook/react-vite';
import { IncomingCall } from './IncomingCall';

const meta = {
  title: 'Molecules/IncomingCall',
  component: IncomingCall,
  args: { callerName: 'Ada Lovelace', media: 'audio', onAccept: () => {}, onDecline: () => {} },
} satisfies Meta<typeof IncomingCall>;

export default meta;
type Story = StoryObj<typeof meta>;

export const RingingAudio: Story = {};
export const RingingVideo: Story = { args: { media: 'video' } };
export const NotRinging: Story = { args: { ringing: false } };
export const Dark: Story = { globals: { theme: 'dark' } };
