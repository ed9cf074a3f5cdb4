import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { samplePeople } from '../../test/fixtures';
import type { ChatUser, UserId } from '../../types';
import { CreateGroupForm, type CreateGroupFormProps } from './CreateGroupForm';

const meta = {
  title: 'Organisms/CreateGroupForm',
  component: CreateGroupForm,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 420 }}>
        <Story />
      </div>
    ),
  ],
  args: { people: samplePeople, onCreate: () => {}, onCancel: () => {}, 'aria-label': 'Create a group' },
  argTypes: {
    onCreate: { action: 'create' },
    onCancel: { action: 'cancel' },
    onSelectedIdsChange: { action: 'selectedIdsChange' },
  },
} satisfies Meta<typeof CreateGroupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing entered yet: "Create group" is disabled. */
export const Empty: Story = {};

/**
 * Opened by the person: "Group name" takes focus. Until there is a name and a person, a hint next to
 * the disabled "Create group" says what is missing (and describes the button). In "Add people",
 * Enter adds the only match and ↓ moves into the list.
 */
export const OpenedFromKeyboard: Story = { args: { initialFocus: true, defaultName: 'Lab' } };

/** A name and two people: ready to create. */
export const Filled: Story = {
  args: { defaultName: 'Analytical Engine Club', defaultSelectedIds: [samplePeople[0]!.id, samplePeople[1]!.id] },
};

export const Submitting: Story = {
  args: { ...Filled.args, submitting: true },
};

export const ServerError: Story = {
  name: 'Error',
  args: { ...Filled.args, error: 'Could not create the group. Try again.' },
};

/** At most two people: once two are added, the others cannot be checked. */
export const MaxMembers: Story = {
  args: { ...Filled.args, maxMembers: 2 },
};

export const NoCancel: Story = { args: { onCancel: undefined } };

/** The search found nobody; the chosen person stays as a chip. */
export const NoResults: Story = {
  args: { defaultName: 'Lab', defaultSelectedIds: [samplePeople[0]!.id], people: [], searchValue: 'zed', onSearchChange: () => {} },
};

/**
 * The app's way: the search runs "on the server" (here a 300 ms timer) as the user types, and the
 * selection is controlled. Chosen people stay as chips when the results no longer include them.
 */
function ServerSearchDemo(args: CreateGroupFormProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<readonly ChatUser[]>(samplePeople);
  // The query the shown results answer: searching while it is not the one typed.
  const [answered, setAnswered] = useState<string | null>(null);
  const searching = answered !== query;
  const [selected, setSelected] = useState<UserId[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => {
      const q = query.trim().toLowerCase();
      setResults(samplePeople.filter((p) => p.name.toLowerCase().includes(q)));
      setAnswered(query);
    }, 300);
    return () => clearTimeout(timer);
  }, [query]);
  return (
    <CreateGroupForm
      {...args}
      people={results}
      searchValue={query}
      onSearchChange={setQuery}
      searching={searching}
      selectedIds={selected}
      onSelectedIdsChange={setSelected}
    />
  );
}
export const ServerSearch: Story = { render: (args) => <ServerSearchDemo {...args} /> };

export const Dark: Story = { args: { ...Filled.args }, globals: { theme: 'dark' } };
export const DarkError: Story = { args: { ...ServerError.args }, globals: { theme: 'dark' } };
