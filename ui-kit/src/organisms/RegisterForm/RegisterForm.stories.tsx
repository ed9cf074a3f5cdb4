import type { Meta, StoryObj } from '@storybook/react-vite';
import { RegisterForm } from './RegisterForm';

const meta = {
  title: 'Organisms/RegisterForm',
  component: RegisterForm,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
  args: { onSubmit: () => {}, onLogin: () => {} },
  argTypes: { onSubmit: { action: 'submit' }, onLogin: { action: 'login' } },
} satisfies Meta<typeof RegisterForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Submitting: Story = { args: { submitting: true } };
export const UsernameTaken: Story = { args: { fieldErrors: { username: 'That username is taken. Try another one.' } } };
export const EmailTaken: Story = { args: { fieldErrors: { email: 'An account with this email already exists. Log in instead?' } } };
export const PasswordRefused: Story = { args: { fieldErrors: { password: 'Password must be at least 8 characters.' } } };
export const ServerError: Story = { args: { error: 'Registration is closed right now.' } };
export const Dark: Story = { globals: { theme: 'dark' } };
