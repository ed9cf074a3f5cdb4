import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextField } from './TextField';

const meta = {
  title: 'Atoms/TextField',
  component: TextField,
  args: { label: 'Username', name: 'username' },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: '3–32 letters, digits, dots, dashes or underscores.' } };
export const WithError: Story = { args: { error: 'Enter your username.', defaultValue: '' } };
export const Password: Story = { args: { label: 'Password', type: 'password', defaultValue: 'secret' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 'ada' } };
export const Dark: Story = { args: { error: 'That username is taken.' }, globals: { theme: 'dark' } };
