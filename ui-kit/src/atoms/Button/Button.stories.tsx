import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from './Button';

const meta = {
  title: 'Atoms/Button',
  component: Button,
  args: { children: 'Send message', variant: 'primary' },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary', children: 'Cancel' } };
export const Ghost: Story = { args: { variant: 'ghost', children: 'More' } };
export const Danger: Story = { args: { variant: 'danger', children: 'Delete chat' } };
export const Link: Story = { args: { variant: 'link', children: 'Create an account' } };
export const Loading: Story = { args: { loading: true, children: 'Logging in' } };
export const Disabled: Story = { args: { disabled: true } };
export const Small: Story = { args: { size: 'sm' } };
export const Dark: Story = { globals: { theme: 'dark' } };
