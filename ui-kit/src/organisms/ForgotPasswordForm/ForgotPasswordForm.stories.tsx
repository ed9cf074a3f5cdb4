import type { Meta, StoryObj } from '@storybook/react-vite';
import { ForgotPasswordForm } from './ForgotPasswordForm';

const meta = {
  title: 'Organisms/ForgotPasswordForm',
  component: ForgotPasswordForm,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
  args: { onSubmit: () => {}, loginHref: '#login' },
  argTypes: { onSubmit: { action: 'submit' } },
} satisfies Meta<typeof ForgotPasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Submitting: Story = { args: { submitting: true } };
export const Sent: Story = { args: { sent: true } };
export const TooManyAttempts: Story = { args: { error: 'Too many attempts. Try again in a minute.' } };
export const Dark: Story = { args: { sent: true }, globals: { theme: 'dark' } };
