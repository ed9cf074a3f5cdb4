import type { Meta, StoryObj } from '@storybook/react-vite';
import { ResetPasswordForm } from './ResetPasswordForm';

const meta = {
  title: 'Organisms/ResetPasswordForm',
  component: ResetPasswordForm,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
  args: { onSubmit: () => {}, newPasswordHint: 'Three or four uncommon words together are hard to guess.' },
  argTypes: { onSubmit: { action: 'submit' } },
} satisfies Meta<typeof ResetPasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Submitting: Story = { args: { submitting: true } };
export const TooEasy: Story = { args: { fieldErrors: { newPassword: 'Too easy to guess: a single word is easy to guess.' } } };
export const Expired: Story = {
  args: {
    error: (
      <>
        This reset link has expired; ask for a new one. <a href="#forgot">Ask for a new link</a>
      </>
    ),
  },
};
export const Dark: Story = { args: { fieldErrors: { newPassword: 'Too easy to guess.' } }, globals: { theme: 'dark' } };
