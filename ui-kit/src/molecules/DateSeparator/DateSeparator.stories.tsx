import type { Meta, StoryObj } from '@storybook/react-vite';
import { NOW } from '../../test/fixtures';
import { DateSeparator } from './DateSeparator';

const meta = {
  title: 'Molecules/DateSeparator',
  component: DateSeparator,
  args: { date: NOW, now: NOW, timeZone: 'UTC', locale: 'en-GB' },
} satisfies Meta<typeof DateSeparator>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Today: Story = {};
export const Yesterday: Story = { args: { date: new Date(NOW.getTime() - 24 * 3600_000) } };
export const LastYear: Story = { args: { date: new Date('2025-03-14T12:00:00Z') } };
export const Dark: Story = { globals: { theme: 'dark' } };
