import type { Meta, StoryObj } from '@storybook/react-vite';
import { ProfileForm } from './ProfileForm';

const meta = {
  title: 'Organisms/ProfileForm',
  component: ProfileForm,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
  args: { username: 'ada', onSubmit: () => {} },
  argTypes: { onSubmit: { action: 'submit' } },
} satisfies Meta<typeof ProfileForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { displayName: 'Ada Lovelace', statusText: 'Counting engines' } };
export const Submitting: Story = { args: { displayName: 'Ada Lovelace', submitting: true } };
export const ServerError: Story = { args: { fieldErrors: { avatar: 'The picture is not an image the server can read.' } } };
export const Saved: Story = { args: { displayName: 'Ada Lovelace', notice: 'Profile saved.' } };
export const Dark: Story = { args: { displayName: 'Ada Lovelace', error: 'Something went wrong.' }, globals: { theme: 'dark' } };
