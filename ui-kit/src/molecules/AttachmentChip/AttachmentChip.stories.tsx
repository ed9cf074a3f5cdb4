import type { Meta, StoryObj } from '@storybook/react-vite';
import { AttachmentChip } from './AttachmentChip';
import { failedNote, uploadedPdf, uploadedSong, uploadingPhoto } from './AttachmentChip.demo';

const meta = {
  title: 'Molecules/AttachmentChip',
  component: AttachmentChip,
  args: {
    attachment: uploadingPhoto,
    onRemove: () => {},
    onRetry: () => {},
  },
  argTypes: { onRemove: { action: 'remove' }, onRetry: { action: 'retry' } },
} satisfies Meta<typeof AttachmentChip>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Uploading: Story = {};
export const Uploaded: Story = {
  args: { attachment: uploadedPdf },
};
export const Failed: Story = {
  args: { attachment: failedNote },
};
export const FailedWithoutReason: Story = {
  args: { attachment: { ...uploadedSong, status: 'failed' } },
};
export const Dark: Story = { globals: { theme: 'dark' } };
