import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmojiPickerLoading, ReactionPicker } from './ReactionPicker';

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
/** "More emoji" pressed: the full picker (its own file, loaded on demand). */
export const FullPicker: Story = { args: { defaultFull: true }, decorators: [(Story) => <div style={{ paddingTop: 340 }}>{Story()}</div>] };
/** What shows while the full picker's file loads. */
export const FullPickerLoading: Story = {
  render: () => <EmojiPickerLoading style={{ position: 'static' }} />,
};
