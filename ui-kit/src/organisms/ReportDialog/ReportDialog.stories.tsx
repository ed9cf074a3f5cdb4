import type { Meta, StoryObj } from '@storybook/react-vite';
import { NOW } from '../../test/fixtures';
import { ReportDialog } from './ReportDialog';

const meta = {
  title: 'Organisms/ReportDialog',
  component: ReportDialog,
  parameters: { layout: 'fullscreen' },
  args: {
    open: true,
    message: { id: 1, authorId: 'm', text: 'Send me your password or else.', timestamp: NOW },
    authorName: 'Mallory',
    onReport: () => {},
    onClose: () => {},
  },
  argTypes: { onReport: { action: 'report' }, onClose: { action: 'close' } },
} satisfies Meta<typeof ReportDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {};
export const WithReason: Story = { args: { defaultReason: 'Threats and phishing.' } };
/** Past 500 characters: the counter turns red and Report is disabled. */
export const TooLong: Story = { args: { defaultReason: 'x'.repeat(510) } };
export const Sending: Story = { args: { defaultReason: 'Threats and phishing.', status: 'sending' } };
/** The server refused: its message is shown. */
export const Refused: Story = { args: { defaultReason: 'Again.', error: 'You already reported this message' } };
export const Reported: Story = { args: { status: 'done' } };
export const OpenDark: Story = { args: { defaultReason: 'Threats.' }, globals: { theme: 'dark' } };
