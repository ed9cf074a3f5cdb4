import type { Meta, StoryObj } from '@storybook/react-vite';
import { imageAttachment, imageAttachments, pdfAttachment, voiceAttachment } from '../../test/fixtures';
import { MessageAttachments } from './MessageAttachments';

const meta = {
  title: 'Molecules/MessageAttachments',
  component: MessageAttachments,
  args: { attachments: [imageAttachment(1)] },
  argTypes: { onOpenImage: { action: 'open image' }, onAttachmentError: { action: 'attachment error' } },
} satisfies Meta<typeof MessageAttachments>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Landscape: Story = {};
export const Portrait: Story = { args: { attachments: [imageAttachment(2, 900, 1600)] } };
/** No width/height from the server: a 4:3 box is reserved. */
export const UnknownSize: Story = { args: { attachments: [imageAttachment(3, 0, 0)] } };
export const TwoImages: Story = { args: { attachments: imageAttachments(2) } };
export const ThreeImages: Story = { args: { attachments: imageAttachments(3) } };
export const FourImages: Story = { args: { attachments: imageAttachments(4) } };
/** More than four: a 2×2 grid, "+3" on the last. */
export const SevenImages: Story = { args: { attachments: imageAttachments(7) } };
export const PdfFile: Story = { args: { attachments: [pdfAttachment] } };
export const LongFileName: Story = {
  args: {
    attachments: [
      {
        ...pdfAttachment,
        id: 'file-long',
        name: 'minutes-of-the-annual-general-meeting-of-the-society-for-very-long-file-names-2026.tar.gz',
        content_type: 'application/gzip',
        size: 734_003_200,
      },
    ],
  },
};
export const TextAndOtherFiles: Story = {
  args: {
    attachments: [
      { ...pdfAttachment, id: 'f-txt', name: 'notes.txt', content_type: 'text/plain', size: 812 },
      { ...pdfAttachment, id: 'f-bin', name: 'design.fig', content_type: 'application/octet-stream', size: 15_300_000 },
    ],
  },
};
export const VoiceWithDuration: Story = { args: { attachments: [voiceAttachment] } };
/** The duration comes from the audio's metadata once it loads. */
export const VoiceWithoutDuration: Story = { args: { attachments: [{ ...voiceAttachment, id: 'voice-2', duration_ms: undefined }] } };
/** A signed URL that expired: the image fails and `onAttachmentError` is called once. */
export const ExpiredUrl: Story = {
  args: { attachments: [{ ...imageAttachment(4), thumbnail_url: 'data:image/png;base64,expired', url: 'data:image/png;base64,expired' }] },
};
export const Mixed: Story = { args: { attachments: [...imageAttachments(2), pdfAttachment, voiceAttachment] } };
