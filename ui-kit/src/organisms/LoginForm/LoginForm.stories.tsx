import type { Meta, StoryObj } from '@storybook/react-vite';
import { LoginForm } from './LoginForm';

const meta = {
  title: 'Organisms/LoginForm',
  component: LoginForm,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
  args: { onSubmit: () => {}, onRegister: () => {} },
  argTypes: { onSubmit: { action: 'submit' }, onRegister: { action: 'register' } },
} satisfies Meta<typeof LoginForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Submitting: Story = { args: { submitting: true, defaultValues: { username: 'ada' } } };
export const ServerError: Story = { args: { error: 'Wrong username or password.' } };
export const WithLink: Story = { args: { onRegister: undefined, registerHref: '#register' } };
export const WithForgotPassword: Story = { args: { forgotPasswordHref: '#forgot-password' } };
export const WithNotice: Story = { args: { notice: 'Password changed — log in with the new one', forgotPasswordHref: '#forgot-password' } };
export const Dark: Story = { args: { error: 'Wrong username or password.' }, globals: { theme: 'dark' } };
