import type { Meta, StoryObj } from '@storybook/react-vite';
import { samplePins } from '../../test/fixtures';
import { PinnedBar } from './PinnedBar';

const meta = {
  title: 'Molecules/PinnedBar',
  component: PinnedBar,
  args: { pins: samplePins.slice(0, 1), onJumpTo: () => {} },
} satisfies Meta<typeof PinnedBar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const One: Story = {};
export const Many: Story = { args: { pins: samplePins } };
export const WithUnpin: Story = { args: { pins: samplePins, onUnpin: () => {} } };
export const Dark: Story = { args: { pins: samplePins, onUnpin: () => {} }, globals: { theme: 'dark' } };
