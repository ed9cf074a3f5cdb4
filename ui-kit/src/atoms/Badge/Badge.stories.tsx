import type { Meta, StoryObj } from '@storybook/react-vite';
import { Badge } from './Badge';

const meta = {
  title: 'Atoms/Badge',
  component: Badge,
  args: { count: 3 },
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Few: Story = {};
export const ManyUnread: Story = { args: { count: 250 } };
export const CustomMax: Story = { args: { count: 12, max: 9 } };
export const Zero: Story = { args: { count: 0, showZero: true } };
export const Dark: Story = { args: { count: 42 }, globals: { theme: 'dark' } };
