import type { Meta, StoryObj } from '@storybook/react-vite';
import { LoginForm } from '../../organisms/LoginForm/LoginForm';
import { RegisterForm } from '../../organisms/RegisterForm/RegisterForm';
import { AuthPage } from './AuthPage';

const meta = {
  title: 'Templates/AuthPage',
  component: AuthPage,
  parameters: { layout: 'fullscreen' },
  args: { title: 'Log in', brand: 'Chat', subtitle: 'Welcome back.' },
} satisfies Meta<typeof AuthPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Login: Story = {
  args: { children: <LoginForm onSubmit={() => {}} onRegister={() => {}} /> },
};
export const LoginFailed: Story = {
  args: { children: <LoginForm onSubmit={() => {}} onRegister={() => {}} error="Wrong username or password." /> },
};
export const Register: Story = {
  args: { title: 'Create your account', subtitle: 'It takes a minute.', children: <RegisterForm onSubmit={() => {}} onLogin={() => {}} /> },
};
export const Dark: Story = {
  args: { children: <LoginForm onSubmit={() => {}} onRegister={() => {}} /> },
  globals: { theme: 'dark' },
};
