import type { Meta, StoryObj } from '@storybook/react-vite';
import { linkPreviews } from '../../test/fixtures';
import { LinkPreviewCard } from './LinkPreviewCard';

const meta = {
  title: 'Molecules/LinkPreviewCard',
  component: LinkPreviewCard,
  args: { preview: linkPreviews.full },
} satisfies Meta<typeof LinkPreviewCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithImage: Story = {};
export const WithoutImage: Story = { args: { preview: linkPreviews.textOnly } };
export const TitleOnly: Story = { args: { preview: linkPreviews.titleOnly } };
export const LongTitle: Story = { args: { preview: linkPreviews.long } };
export const Removable: Story = { args: { onRemove: () => {} } };
export const Dark: Story = { globals: { theme: 'dark' } };
