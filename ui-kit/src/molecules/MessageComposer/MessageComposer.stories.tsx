import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { sampleMentionCandidates } from '../../test/fixtures';
import { failedNote, uploadedPdf, uploadedSong, uploadingPhoto } from '../AttachmentChip/AttachmentChip.demo';
import { MessageComposer } from './MessageComposer';

const meta = {
  title: 'Molecules/MessageComposer',
  component: MessageComposer,
  args: { onSend: () => {} },
  argTypes: { onSend: { action: 'send' } },
} satisfies Meta<typeof MessageComposer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const WithDraft: Story = { args: { value: 'Draft that is\nseveral lines\nlong' } };
export const NearLimit: Story = { args: { maxLength: 40, counterThreshold: 20, value: 'Almost at the limit of this box' } };
export const Disabled: Story = { args: { disabled: true, placeholder: 'You are offline' } };
export const Dark: Story = { globals: { theme: 'dark' } };

const attach = { onAttachFiles: () => {}, onRemoveAttachment: () => {}, onRetryAttachment: () => {} };
/** With `onAttachFiles`: an "Attach files" button (and file input); pasted images are attached too. */
export const WithAttachButton: Story = { args: attach };
export const Uploading: Story = { args: { ...attach, attachments: [uploadingPhoto] } };
/** Uploaded files and no text: Send is enabled. */
export const Uploaded: Story = { args: { ...attach, attachments: [uploadedPdf] } };
/** A failed upload disables Send and says why until it is retried or removed. */
export const Failed: Story = { args: { ...attach, value: 'Here are my notes', attachments: [uploadedPdf, failedNote] } };
export const ManyFiles: Story = {
  args: {
    ...attach,
    attachments: Array.from({ length: 8 }, (_, i) => ({ ...[uploadingPhoto, uploadedPdf, uploadedSong][i % 3]!, id: `f${i}` })),
  },
};
export const WithVoiceMessage: Story = { args: { ...attach, onVoiceMessage: () => {} } };

const replyingTo = { authorName: 'Ada Lovelace', excerpt: 'Demo is Thursday, room B-12. Bring punch cards.' };
/** Replying: the quoted message above the field, with "Cancel reply" (Escape in the field too). */
export const Replying: Story = { args: { replyingTo, onCancelReply: () => {}, value: 'See you there' } };
export const ReplyingToDeleted: Story = { args: { replyingTo: { ...replyingTo, deleted: true }, onCancelReply: () => {} } };
export const ReplyingWithFiles: Story = { args: { ...attach, replyingTo, onCancelReply: () => {}, attachments: [uploadedPdf] } };
export const ReplyingDark: Story = { args: { replyingTo, onCancelReply: () => {} }, globals: { theme: 'dark' } };

/** A composer that keeps its draft (the `value` arg is where it starts). */
function Live(args: ComponentProps<typeof MessageComposer>) {
  const [value, setValue] = useState(args.value ?? '');
  return <MessageComposer {...args} value={value} onValueChange={setValue} />;
}

/** A group composer: typing `@` at a word start lists the members matching what follows. */
export const WithMentionCandidates: Story = { args: { mentionCandidates: sampleMentionCandidates, value: 'Can you check this, ' }, render: Live };

/** Puts the caret at the end of the draft, as typing there would: the suggestions show for its `@…`. */
const caretAtEnd: Decorator = (Story) => (
  <div
    style={{ paddingTop: 200 }}
    ref={(node) => {
      const area = node?.querySelector('textarea');
      if (!area) return;
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
      area.dispatchEvent(new Event('select', { bubbles: true }));
    }}
  >
    <Story />
  </div>
);
export const MentionSuggestionsOpen: Story = {
  args: { mentionCandidates: sampleMentionCandidates, value: 'Can you check this, @' },
  decorators: [caretAtEnd],
  render: Live,
};
/** Filtered by what follows the `@` (usernames and display names, any case). */
export const MentionSuggestionsFiltered: Story = {
  args: { mentionCandidates: sampleMentionCandidates, value: 'Thanks @a' },
  decorators: [caretAtEnd],
  render: Live,
};
/** Nothing matches: no list at all. */
export const MentionSuggestionsNoMatch: Story = {
  args: { mentionCandidates: sampleMentionCandidates, value: 'Thanks @zed' },
  decorators: [caretAtEnd],
  render: Live,
};
