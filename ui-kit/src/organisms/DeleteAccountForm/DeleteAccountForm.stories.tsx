import type { Meta, StoryObj } from '@storybook/react-vite';
import { DeleteAccountForm } from './DeleteAccountForm';

const meta = {
  title: 'Organisms/DeleteAccountForm',
  component: DeleteAccountForm,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 420 }}>
        <Story />
      </div>
    ),
  ],
  args: { onSubmit: () => {}, holdDays: 30 },
  argTypes: { onSubmit: { action: 'submit' } },
} satisfies Meta<typeof DeleteAccountForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const HoldUnknown: Story = { args: { holdDays: undefined } };
export const Submitting: Story = { args: { submitting: true } };
export const WrongPassword: Story = { args: { passwordError: 'password is wrong' } };
export const TooManyAttempts: Story = { args: { error: 'Too many attempts. Try again in a minute.' } };
export const Dark: Story = { args: { passwordError: 'password is wrong' }, globals: { theme: 'dark' } };
