import type { Meta, StoryObj } from '@storybook/react-vite';
import { NOW } from '../../test/fixtures';
import { ReportList, type ReportItem } from './ReportList';

const reports: ReportItem[] = [
  {
    id: 2,
    reason: 'Phishing: asks for my password.',
    createdAt: '2026-11-25T09:50:00Z',
    reporterName: 'Ada',
    text: 'Send me your password or else.',
    senderName: 'Mallory',
    senderId: 9,
    conversation: 'Direct chat',
  },
  {
    id: 1,
    reason: 'Spam',
    createdAt: '2026-11-24T08:00:00Z',
    reporterName: 'Grace',
    text: 'Buy cheap watches!!!',
    senderName: 'Spammer',
    senderId: 10,
    senderDeactivated: true,
    conversation: 'Group 3',
  },
];

const meta = {
  title: 'Organisms/ReportList',
  component: ReportList,
  args: { reports, now: NOW, onDeactivate: () => {}, onReactivate: () => {} },
  argTypes: { onDeactivate: { action: 'deactivate' }, onReactivate: { action: 'reactivate' }, onLoadMore: { action: 'load more' } },
} satisfies Meta<typeof ReportList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const MorePages: Story = { args: { onLoadMore: () => {} } };
export const Pending: Story = { args: { pendingSenderIds: [9] } };
export const Failed: Story = { args: { error: 'You cannot deactivate your own account' } };
export const Empty: Story = { args: { reports: [] } };
export const Dark: Story = { globals: { theme: 'dark' } };
