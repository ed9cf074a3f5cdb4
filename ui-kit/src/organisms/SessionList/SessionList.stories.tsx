import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SessionItem } from './SessionList';
import { SessionList } from './SessionList';

const now = '2026-03-02T12:00:00Z';
const sessions: SessionItem[] = [
  {
    id: 1,
    device: 'Chrome on Linux',
    createdAt: '2026-02-20T09:00:00Z',
    lastUsedAt: '2026-03-02T11:59:00Z',
    current: true,
  },
  {
    id: 2,
    device: 'Safari on iOS',
    createdAt: '2026-02-27T18:30:00Z',
    lastUsedAt: '2026-03-01T21:10:00Z',
    current: false,
  },
  { id: 3, device: 'Unknown device', createdAt: '2026-01-05T08:00:00Z', lastUsedAt: '2026-01-06T08:00:00Z', current: false },
];

const meta = {
  title: 'Organisms/SessionList',
  component: SessionList,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 480 }}>
        <Story />
      </div>
    ),
  ],
  args: { sessions, now, onSignOut: () => {}, onSignOutOthers: () => {} },
  argTypes: { onSignOut: { action: 'sign out' }, onSignOutOthers: { action: 'sign out others' } },
} satisfies Meta<typeof SessionList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const OnlyThisDevice: Story = { args: { sessions: sessions.slice(0, 1) } };
export const SigningOutOne: Story = { args: { pendingIds: [2] } };
export const SigningOutOthers: Story = { args: { signingOutOthers: true } };
export const ServerError: Story = { args: { error: "Couldn't sign that session out. Try again." } };
export const Dark: Story = { globals: { theme: 'dark' } };
