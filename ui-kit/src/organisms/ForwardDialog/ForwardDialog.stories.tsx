import type { Meta, StoryObj } from '@storybook/react-vite';
import { NOW, sampleForwardTargets } from '../../test/fixtures';
import { ForwardDialog } from './ForwardDialog';

const meta = {
  title: 'Organisms/ForwardDialog',
  component: ForwardDialog,
  parameters: { layout: 'fullscreen' },
  args: {
    open: true,
    message: { id: 1, authorId: 'a', text: 'Demo is Thursday, room B-12. Bring punch cards.', timestamp: NOW },
    authorName: 'Ada Lovelace',
    conversations: sampleForwardTargets,
    onForward: () => {},
    onClose: () => {},
  },
  argTypes: { onForward: { action: 'forward' }, onClose: { action: 'close' } },
} satisfies Meta<typeof ForwardDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {};
/** Filtered by the search field. */
export const Filtered: Story = { args: { defaultQuery: 'club' } };
/** Nothing matches the search. */
export const NoMatches: Story = { args: { defaultQuery: 'zzz' } };
/** No conversations at all. */
export const Empty: Story = { args: { conversations: [] } };
/** One picked: Forward is enabled. */
export const Picked: Story = { args: { defaultSelectedId: 'g:1' } };
export const Sending: Story = { args: { defaultSelectedId: 'g:1', status: 'sending' } };
export const Failed: Story = { args: { defaultSelectedId: 'g:1', status: 'error' } };
export const PickedDark: Story = { args: { defaultSelectedId: 'u:grace' }, globals: { theme: 'dark' } };
