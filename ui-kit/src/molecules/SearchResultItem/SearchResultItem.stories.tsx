import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { NOW } from '../../test/fixtures';
import { SearchResultItem } from './SearchResultItem';

const inList: Decorator = (Story) => (
  <ul aria-label="Search results" style={{ maxWidth: 360, listStyle: 'none', margin: 0, padding: 0 }}>
    <li>
      <Story />
    </li>
  </ul>
);

const meta = {
  title: 'Molecules/SearchResultItem',
  component: SearchResultItem,
  decorators: [inList],
  args: {
    name: 'Ada Lovelace',
    text: 'Shall we meet at the lighthouse tomorrow?',
    terms: ['lighthouse'],
    timestamp: '2026-11-25T09:05:00Z',
    now: NOW,
    timeZone: 'UTC',
    locale: 'en-GB',
  },
} satisfies Meta<typeof SearchResultItem>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Match: Story = {};
export const OwnMessage: Story = { args: { prefix: 'You: ', text: 'The lighthouse keeper said yes', terms: ['light'] } };
export const MatchFarIntoALongMessage: Story = {
  args: {
    text: 'A long message that goes on about many other things before it finally mentions the lighthouse, and then keeps going for a while after that too.',
    terms: ['lighthouse'],
  },
};
export const SeveralTerms: Story = { args: { text: 'Lunch at the café, then the lighthouse at noon', terms: ['café', 'noon'] } };
export const OlderMessage: Story = { args: { timestamp: '2026-10-02T18:30:00Z' } };
export const Dark: Story = { globals: { theme: 'dark' } };
/** A hit in a group: the group's name and avatar, the author before the text. */
export const InAGroup: Story = {
  args: { name: 'Lab team', kind: 'group', prefix: 'Grace: ', text: 'Snacks at the lighthouse', terms: ['lighthouse'] },
};
/** Case and accents: "école" finds "ÉCOLE"; markup stays text. */
export const AccentsAndMarkup: Story = { args: { text: 'ÉCOLE <b>demain</b>, école ensuite', terms: ['école'] } };
