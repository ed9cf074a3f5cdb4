import type { Meta, StoryObj } from '@storybook/react-vite';
import { JoinCallBanner } from './JoinCallBanner';

const people = [{ name: 'Ada Lovelace' }, { name: 'Grace Hopper' }, { name: 'Linus Pauling' }, { name: 'Alan Turing' }, { name: 'Hedy Lamarr' }];

const meta = {
  title: 'Molecules/JoinCallBanner',
  component: JoinCallBanner,
  args: { media: 'video', participants: people.slice(0, 2), onJoin: () => {} },
} satisfies Meta<typeof JoinCallBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TwoPeople: Story = {};
export const OnePerson: Story = { args: { media: 'audio', participants: people.slice(0, 1) } };
/** Three faces, then "+2". */
export const Many: Story = { args: { participants: people, onDismiss: () => {} } };
/** Only the count is known. */
export const CountOnly: Story = { args: { participants: undefined, count: 12 } };
export const Dark: Story = { args: { participants: people, onDismiss: () => {} }, globals: { theme: 'dark' } };
