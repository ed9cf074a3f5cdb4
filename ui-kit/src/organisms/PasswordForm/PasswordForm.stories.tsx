import type { Meta, StoryObj } from '@storybook/react-vite';
import { PasswordForm } from './PasswordForm';

const meta = {
  title: 'Organisms/PasswordForm',
  component: PasswordForm,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
  args: { onSubmit: () => {} },
  argTypes: { onSubmit: { action: 'submit' } },
} satisfies Meta<typeof PasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithHint: Story = { args: { newPasswordHint: 'Three or four uncommon words together are hard to guess.' } };
export const Submitting: Story = { args: { submitting: true } };
export const WrongCurrent: Story = { args: { fieldErrors: { currentPassword: 'The current password is wrong.' } } };
export const TooEasy: Story = {
  args: { fieldErrors: { newPassword: 'new_password is too easy to guess: a single word is easy to guess' } },
};
export const TooManyAttempts: Story = { args: { error: 'Too many attempts. Try again in a minute.' } };
export const Changed: Story = { args: { notice: 'Password changed. Your other sessions were signed out.' } };
export const Dark: Story = { args: { fieldErrors: { currentPassword: 'The current password is wrong.' } }, globals: { theme: 'dark' } };
