import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { Button } from '../../atoms/Button/Button';
import { useKitLocale } from '../../locale/useKitLocale';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { imageAttachment, imageAttachments } from '../../test/fixtures';
import { ImageViewer } from './ImageViewer';

const photos = [imageAttachment(1), imageAttachment(2, 900, 1600), imageAttachment(3, 0, 0), ...imageAttachments(5).slice(3)];

const meta = {
  title: 'Organisms/ImageViewer',
  component: ImageViewer,
  parameters: { layout: 'fullscreen' },
  args: { images: photos, defaultIndex: 0, open: true, onClose: () => {} },
  argTypes: { onIndexChange: { action: 'index' }, onClose: { action: 'close' }, onAttachmentError: { action: 'attachment error' } },
} satisfies Meta<typeof ImageViewer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const First: Story = {};
export const Middle: Story = { args: { defaultIndex: 2 } };
export const Last: Story = { args: { defaultIndex: photos.length - 1 } };
export const SingleImage: Story = { args: { images: [imageAttachment(7)] } };
/** Right to left: "Previous image" on the right; ArrowLeft goes to the next image. */
export const RightToLeft: Story = {
  args: { defaultIndex: 1 },
  decorators: [
    function InRtl(Story) {
      const { locale, messages } = useKitLocale();
      return (
        <ChatThemeProvider locale={locale} messages={messages} dir="rtl">
          <Story />
        </ChatThemeProvider>
      );
    },
  ],
};
/** The full image's URL expired: `onAttachmentError` is called once. */
export const ExpiredUrl: Story = { args: { images: [{ ...imageAttachment(8), url: 'data:image/png;base64,expired' }] } };
/** Opened from a button: focus moves in, and back to the button on close. */
export const FromAButton: Story = {
  args: { open: false },
  render: function Render(args) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <Button onClick={() => setOpen(true)}>Show photos</Button>
        <ImageViewer {...args} open={open} onClose={() => setOpen(false)} />
      </>
    );
  },
};
