import type { Meta, StoryObj } from '@storybook/react-vite';
import { ReactionPicker } from './ReactionPicker';

const meta = {
  title: 'Molecules/ReactionPicker',
  component: ReactionPicker,
  args: { onPick: () => {} },
  decorators: [(Story) => <div style={{ paddingTop: 56 }}>{Story()}</div>],
} satisfies Meta<typeof ReactionPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};
export const Disabled: Story = { args: { disabled: true } };
export const Open: Story = { args: { defaultOpen: true } };
export const OpenDark: Story = { args: { defaultOpen: true }, globals: { theme: 'dark' } };
