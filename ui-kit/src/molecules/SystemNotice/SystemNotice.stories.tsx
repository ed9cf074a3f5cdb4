import type { Meta, StoryObj } from '@storybook/react-vite';
import { NOW } from '../../test/fixtures';
import { SystemNotice } from './SystemNotice';

const meta = {
  title: 'Molecules/SystemNotice',
  component: SystemNotice,
  args: { text: 'Ada Lovelace added Grace Hopper and Linus Pauling', timestamp: NOW, timeZone: 'UTC', locale: 'en-GB' },
} satisfies Meta<typeof SystemNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Added: Story = {};
export const Left: Story = { args: { text: 'Linus Pauling left' } };
export const WithoutTime: Story = { args: { text: 'You created the group “Analytical Engine Club”', timestamp: undefined } };
/** Long sentences wrap, centered; the time stays whole. */
export const LongText: Story = {
  args: {
    text: 'You added Grace Hopper, Linus Pauling, Alan Turing, Hedy Lamarr, Katherine Johnson and Ada Lovelace to the group',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 320 }}>
        <Story />
      </div>
    ),
  ],
};
/** Text is shown as text: markup in a group name or a person's name is never interpreted. */
export const MarkupShownLiterally: Story = { args: { text: 'Ada renamed the group to <img src=x onerror=alert(1)>' } };
export const Dark: Story = { globals: { theme: 'dark' } };
