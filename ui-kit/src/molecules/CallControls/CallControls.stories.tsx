import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { CallControls, type CallControlsProps } from './CallControls';

const meta = {
  title: 'Molecules/CallControls',
  component: CallControls,
  args: { onHangUp: () => {} },
} satisfies Meta<typeof CallControls>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AudioCall: Story = {};
export const VideoCall: Story = { args: { hasVideo: true } };
/** Muted, camera off and sharing: every toggle now names the way back. */
export const AllToggled: Story = { args: { hasVideo: true, muted: true, cameraOff: true, sharing: true } };
/** A phone: two cameras, no screen sharing. */
export const Phone: Story = { args: { hasVideo: true, canSwitchCamera: true, canShareScreen: false } };

function Stateful(props: CallControlsProps) {
  const [muted, setMuted] = useState(false);
  const [cameraOff, setCameraOff] = useState(false);
  const [sharing, setSharing] = useState(false);
  return (
    <CallControls
      {...props}
      muted={muted}
      cameraOff={cameraOff}
      sharing={sharing}
      onToggleMute={() => setMuted((m) => !m)}
      onToggleCamera={() => setCameraOff((c) => !c)}
      onToggleShare={() => setSharing((s) => !s)}
    />
  );
}
/** Click the toggles: their names change. ← → move between them. */
export const Interactive: Story = { args: { hasVideo: true }, render: (args) => <Stateful {...args} /> };
export const Dark: Story = { args: { hasVideo: true, muted: true }, globals: { theme: 'dark' } };
