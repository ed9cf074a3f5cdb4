import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../../atoms/Button/Button';
import { Banner } from './Banner';

const meta = {
  title: 'Molecules/Banner',
  component: Banner,
  args: { children: 'Reconnecting…', tone: 'warning', busy: true },
} satisfies Meta<typeof Banner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Reconnecting: Story = {};
export const Offline: Story = {
  args: {
    tone: 'danger',
    busy: false,
    children: 'You are offline. Messages will be sent when you reconnect.',
    action: (
      <Button size="sm" variant="secondary">
        Retry now
      </Button>
    ),
  },
};
export const Info: Story = { args: { tone: 'info', busy: false, children: 'Connected.' } };
export const Dark: Story = { globals: { theme: 'dark' } };
