import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmojiPicker } from './EmojiPicker';

const meta = {
  title: 'Organisms/EmojiPicker',
  component: EmojiPicker,
  args: { onPick: () => {}, autoFocus: false },
} satisfies Meta<typeof EmojiPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loaded: Story = {};
/** Searching names and keywords (English names for now). */
export const Search: Story = { args: { defaultQuery: 'cat' } };
export const NoResults: Story = { args: { defaultQuery: 'zzzzqq' } };
export const Dark: Story = { globals: { theme: 'dark' } };
