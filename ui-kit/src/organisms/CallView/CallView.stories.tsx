import type { Meta, StoryObj } from '@storybook/react-vite';
import { DemoCallView } from './CallView.demo';
import type { CallParticipant } from './types';

const you: CallParticipant = { id: 'me', name: 'You', self: true };
const ada: CallParticipant = { id: 1, name: 'Ada Lovelace' };
const group: CallParticipant[] = [
  you,
  ada,
  { id: 2, name: 'Grace Hopper', muted: true, speaking: false },
  { id: 3, name: 'Linus Pauling', cameraOff: true },
];
const started = Date.now() - 65_000;

const meta = {
  title: 'Organisms/CallView',
  component: DemoCallView,
  args: { title: 'Ada Lovelace', media: 'video', state: 'connected', participants: [you, ada], startedAt: started, onHangUp: () => {} },
  decorators: [
    (Story) => (
      <div style={{ height: 560, maxWidth: 900 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof DemoCallView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One other person: picture in picture, you in the corner. */
export const OneToOne: Story = {};
/** Before they answer: only you, no timer. */
export const Ringing: Story = { args: { state: 'ringing', participants: [you], startedAt: undefined } };
export const Connecting: Story = { args: { state: 'connecting', startedAt: undefined } };
/** Audio only: avatars, no camera button. */
export const AudioCall: Story = { args: { media: 'audio', participants: [you, { ...ada, speaking: true }] } };
/** Four people: a 2 × 2 grid. */
export const Group: Story = { args: { title: 'Analytical Engine Club', participants: group } };
export const LargeGroup: Story = {
  args: {
    title: 'Analytical Engine Club',
    participants: [...group, { id: 4, name: 'Alan Turing' }, { id: 5, name: 'Hedy Lamarr', muted: true }, { id: 6, name: 'Katherine Johnson' }],
  },
};
/** You muted and turned your camera off; on a phone (switch camera, no screen share). */
export const MutedCameraOff: Story = { args: { muted: true, cameraOff: true, canSwitchCamera: true, canShareScreen: false } };
export const SharingScreen: Story = { args: { sharing: true } };
export const Reconnecting: Story = { args: { state: 'reconnecting' } };
export const Ended: Story = { args: { state: 'ended' } };
/** The browser refused the camera and microphone: you can still listen. */
export const PermissionBlocked: Story = {
  args: { notice: 'Camera or microphone blocked — you can still listen', muted: true, cameraOff: true },
};
