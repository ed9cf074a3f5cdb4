import type { Meta, StoryObj } from '@storybook/react-vite';
import { TypingIndicator } from './TypingIndicator';

const meta = {
  title: 'Molecules/TypingIndicator',
  component: TypingIndicator,
  args: { names: ['Ada'] },
} satisfies Meta<typeof TypingIndicator>;

export default meta;
type Story = StoryObj<typeof meta>;

export const One: Story = {};
export const Two: Story = { args: { names: ['Ada', 'Grace'] } };
export const Many: Story = { args: { names: ['Ada', 'Grace', 'Alan', 'Hedy'] } };
export const Nobody: Story = { args: { names: [] } };
export const Dark: Story = { globals: { theme: 'dark' } };
