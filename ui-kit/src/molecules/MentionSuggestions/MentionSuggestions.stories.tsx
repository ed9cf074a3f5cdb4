import type { Meta, StoryObj } from '@storybook/react-vite';
import { sampleMentionCandidates } from '../../test/fixtures';
import { MentionSuggestions } from './MentionSuggestions';

const meta = {
  title: 'Molecules/MentionSuggestions',
  component: MentionSuggestions,
  args: { id: 'mentions', candidates: sampleMentionCandidates, activeIndex: 0, onPick: () => {} },
  decorators: [(Story) => <div style={{ position: 'relative', marginTop: 200, maxWidth: 320 }}>{Story()}</div>],
} satisfies Meta<typeof MentionSuggestions>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {};
export const SecondActive: Story = { args: { activeIndex: 1 } };
export const Filtered: Story = { args: { candidates: sampleMentionCandidates.slice(0, 1) } };
export const Dark: Story = { globals: { theme: 'dark' } };
