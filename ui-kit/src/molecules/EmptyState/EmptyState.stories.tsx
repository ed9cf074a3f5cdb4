import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../../atoms/Button/Button';
import { EmptyState } from './EmptyState';

const meta = {
  title: 'Molecules/EmptyState',
  component: EmptyState,
  args: { title: 'No conversations yet', description: 'Search for a person to start chatting.' },
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithAction: Story = { args: { action: <Button variant="secondary">Find people</Button> } };
export const NoIcon: Story = { args: { icon: null, title: 'No results', description: undefined } };
export const Dark: Story = { globals: { theme: 'dark' } };
