import type { Meta, StoryObj } from '@storybook/react-vite';
import { PasswordField } from './PasswordField';

const meta = {
  title: 'Molecules/PasswordField',
  component: PasswordField,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
  args: { name: 'password' },
} satisfies Meta<typeof PasswordField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const NewWithHint: Story = {
  args: { label: 'New password', purpose: 'new', hint: 'Three or four uncommon words together are hard to guess.' },
};
export const WithError: Story = { args: { label: 'New password', purpose: 'new', error: 'Too easy to guess: a single word is easy to guess.' } };
export const Dark: Story = { args: { error: 'Enter your password.' }, globals: { theme: 'dark' } };
