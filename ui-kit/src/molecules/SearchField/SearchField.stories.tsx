import type { Meta, StoryObj } from '@storybook/react-vite';
import { SearchField } from './SearchField';

const meta = {
  title: 'Molecules/SearchField',
  component: SearchField,
  args: { label: 'Search people' },
} satisfies Meta<typeof SearchField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const WithQuery: Story = { args: { defaultValue: 'ada' } };
export const Dark: Story = { args: { defaultValue: 'grace' }, globals: { theme: 'dark' } };
