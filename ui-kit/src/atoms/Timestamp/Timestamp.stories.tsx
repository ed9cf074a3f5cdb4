import type { Meta, StoryObj } from '@storybook/react-vite';
import { Timestamp } from './Timestamp';

const now = new Date('2026-11-25T15:30:00Z');

const meta = {
  title: 'Atoms/Timestamp',
  component: Timestamp,
  args: { value: new Date('2026-11-25T15:25:00Z'), now, timeZone: 'UTC', locale: 'en-GB' },
} satisfies Meta<typeof Timestamp>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Relative: Story = { args: { format: 'relative' } };
export const Time: Story = { args: { format: 'time' } };
export const DateOnly: Story = { args: { format: 'date' } };
export const DateTime: Story = { args: { format: 'datetime' } };
export const AutoLastWeek: Story = { args: { format: 'auto', value: new Date('2026-11-21T09:00:00Z') } };
