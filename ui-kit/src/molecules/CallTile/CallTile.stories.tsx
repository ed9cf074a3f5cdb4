import type { Meta, StoryObj } from '@storybook/react-vite';
import { DemoCallTile } from './CallTile.demo';

const meta = {
  title: 'Molecules/CallTile',
  component: DemoCallTile,
  args: { name: 'Ada Lovelace' },
  decorators: [
    (Story) => (
      <div style={{ width: 360 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof DemoCallTile>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Someone else's camera (their voice plays through the tile's video). */
export const Remote: Story = {};
/** Your own camera: muted for you, and mirrored. */
export const Self: Story = { args: { name: 'You', self: true } };
/** Your shared screen reads the right way round. */
export const ScreenShare: Story = { args: { name: 'You', self: true, mirrored: false } };
export const Muted: Story = { args: { muted: true } };
export const Speaking: Story = { args: { speaking: true } };
/** Camera off: the avatar; the video stays mounted so the audio plays on. */
export const CameraOff: Story = { args: { cameraOff: true, muted: true } };
/** An audio call: no video, just the avatar. */
export const AudioOnly: Story = { args: { withVideo: false } };
export const LongName: Story = { args: { name: 'Augusta Ada King, Countess of Lovelace, née Byron', muted: true } };
