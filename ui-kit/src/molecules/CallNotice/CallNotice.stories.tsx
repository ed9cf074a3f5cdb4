import type { Meta, StoryObj } from '@storybook/react-vite';
import { NOW } from '../../test/fixtures';
import { CallNotice } from './CallNotice';

const meta = {
  title: 'Molecules/CallNotice',
  component: CallNotice,
  args: { outcome: 'ended', media: 'video', outgoing: true, durationMs: 65_000, timestamp: NOW, timeZone: 'UTC', locale: 'en-GB' },
} satisfies Meta<typeof CallNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ended: Story = {};
export const EndedAudio: Story = { args: { media: 'audio', durationMs: 3_725_000 } };
/** You called, nobody answered. */
export const NoAnswer: Story = { args: { outcome: 'missed', onCallBack: () => {} } };
/** They called, you missed it. */
export const Missed: Story = { args: { outcome: 'missed', outgoing: false, onCallBack: () => {} } };
export const DeclinedByThem: Story = { args: { outcome: 'declined', onCallBack: () => {} } };
export const DeclinedByYou: Story = { args: { outcome: 'declined', outgoing: false, media: 'audio' } };
export const Dark: Story = { args: { outcome: 'missed', outgoing: false, onCallBack: () => {} }, globals: { theme: 'dark' } };
