import type { Meta, StoryObj } from '@storybook/react-vite';
import { VoiceRecorder } from './VoiceRecorder';
import { VoiceRecorderDemo } from './VoiceRecorder.demo';

const meta = {
  title: 'Molecules/VoiceRecorder',
  component: VoiceRecorder,
  args: { onRecorded: () => {} },
  argTypes: { onRecorded: { action: 'recorded' } },
} satisfies Meta<typeof VoiceRecorder>;

export default meta;
type Story = StoryObj<typeof meta>;

/** On a fake microphone, so the stories need no real one. */
export const Idle: Story = { render: (args) => <VoiceRecorderDemo {...args} /> };
export const Recording: Story = { render: (args) => <VoiceRecorderDemo {...args} step="recording" /> };
export const Review: Story = { render: (args) => <VoiceRecorderDemo {...args} step="review" /> };
/** The microphone was refused: the message says so and the button stays usable. */
export const Denied: Story = { render: (args) => <VoiceRecorderDemo {...args} fail="NotAllowedError" /> };
export const NoMicrophone: Story = { render: (args) => <VoiceRecorderDemo {...args} fail="NotFoundError" /> };
export const Disabled: Story = { args: { disabled: true }, render: (args) => <VoiceRecorderDemo {...args} /> };
