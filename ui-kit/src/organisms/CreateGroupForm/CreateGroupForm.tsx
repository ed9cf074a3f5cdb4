import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import type { KitMessages } from '../../locale/types';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { Button } from '../../atoms/Button/Button';
import { TextField } from '../../atoms/TextField/TextField';
import { SearchField } from '../../molecules/SearchField/SearchField';
import type { ChatUser, UserId } from '../../types';
import { color, fontSize, fontWeight, motion, radius, space, touchTarget } from '../../utils/theme';
import { useControllableState } from '../../utils/useControllableState';
import { useListNavigation } from '../../utils/useListNavigation';
import { FormAlert, FormRoot } from '../LoginForm/formParts';
import { PersonChips } from './PersonChips';

/** What "Create group" hands to `onCreate`. */
export interface CreateGroupInput {
  /** The group name, trimmed (1 to `maxNameLength` characters). */
  name: string;
  /** The chosen people, in the order they were added (the creator is not among them). */
  memberIds: UserId[];
}

export interface CreateGroupFormProps extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'children'> {
  /** Candidates to pick from (e.g. the latest search results). */
  people: readonly ChatUser[];
  /** Controlled selection (ids of `people`). Without it the form keeps its own. */
  selectedIds?: readonly UserId[];
  /** First selection of an uncontrolled form. */
  defaultSelectedIds?: readonly UserId[];
  /** Called with the new selection whenever someone is added or removed. */
  onSelectedIdsChange?: (ids: UserId[]) => void;
  /** Controlled text of the "Add people" search field. */
  searchValue?: string;
  /**
   * Take over the search (e.g. on the server as the user types): `people` is then shown as given.
   * Without it, `people` is filtered locally by name.
   */
  onSearchChange?: (value: string) => void;
  /** A search for people is running: the list is marked busy. */
  searching?: boolean;
  /** Called by "Create group" with the trimmed name and the chosen ids. */
  onCreate: (input: CreateGroupInput) => void;
  /** Shows a "Cancel" button. */
  onCancel?: () => void;
  /** The request is running: the submit button shows a spinner and the form is busy. */
  submitting?: boolean;
  /** An error from the server, shown as an alert. */
  error?: ReactNode;
  /** Most people that can be added (the creator not counted); the rest of the list is disabled then. */
  maxMembers?: number;
  /** Longest group name, in characters. */
  maxNameLength?: number;
  /** First value of the "Group name" field. */
  defaultName?: string;
  /** Shown when the search finds nobody. */
  noResultsText?: string;
  /**
   * Shown while nothing is typed and there is nobody to list: "No people to add." by default; an app
   * whose people come from a server search says how to find them instead.
   */
  idleText?: string;
  submitLabel?: string;
  /** Focus "Group name" as the form appears (it opened because the person asked for it). */
  initialFocus?: boolean;
}

const Section = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${space('sm')};
`;

const SectionHead = styled.div`
  display: flex;
  align-items: baseline;
  justify-content: space-between;
  gap: ${space('sm')};
  font-size: ${fontSize('sm')};
`;

const SectionTitle = styled.span`
  font-weight: ${fontWeight('medium')};
`;

const Count = styled.span`
  color: ${color('textMuted')};
`;

const People = styled.ul`
  display: flex;
  flex-direction: column;
  max-height: 280px;
  margin: 0;
  padding: ${space('xxs')} 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  list-style: none;
  border: 1px solid ${color('border')};
  border-radius: ${radius('md')};
  background: ${color('surface')};
  &[aria-busy='true'] {
    opacity: 0.7;
  }
`;

const Person = styled.label`
  display: flex;
  align-items: center;
  gap: ${space('md')};
  min-height: 44px;
  padding: ${space('xs')} ${space('md')};
  cursor: pointer;
  transition: background-color ${motion('fast')};
  &:hover {
    background: ${color('surfaceAlt')};
  }
  &[data-disabled='true'] {
    cursor: not-allowed;
    color: ${color('textMuted')};
  }
  input {
    flex: none;
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: ${color('primary')};
    cursor: inherit;
  }
  input:focus-visible {
    outline: 2px solid ${color('focusRing')};
    outline-offset: 2px;
  }
`;

const PersonName = styled.span`
  flex: 1;
  min-width: 0;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

const NoResults = styled.p`
  margin: 0;
  padding: ${space('md')};
  text-align: center;
  font-size: ${fontSize('sm')};
  color: ${color('textMuted')};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  justify-content: flex-end;
  gap: ${space('sm')};
  & > button {
    ${touchTarget}
  }
`;

const Hint = styled.p`
  margin: 0;
  text-align: end;
  font-size: ${fontSize('sm')};
  color: ${color('textMuted')};
`;

const focusOnMount = (node: HTMLElement | null) => node?.focus();

/** Why "Create group" is disabled, in words next to it. */
const missingText = (t: KitMessages, noName: boolean, nameTooLong: boolean, nobody: boolean) =>
  nameTooLong ? t.groupNameTooLong : noName && nobody ? t.needNameAndPeople : noName ? t.needName : t.needPeople;

/**
 * Form to create a group: a "Group name" field, an "Add people" search over `people` with a
 * checkbox per person, the chosen people as removable chips, "Cancel" and "Create group" (enabled
 * once there is a name and at least one person). Chosen people stay as chips when a later search
 * no longer lists them. Selection and search can each be controlled or left to the form.
 */
export const CreateGroupForm = forwardRef<HTMLFormElement, CreateGroupFormProps>(function CreateGroupForm(
  {
    people,
    selectedIds,
    defaultSelectedIds,
    onSelectedIdsChange,
    searchValue,
    onSearchChange,
    searching = false,
    onCreate,
    onCancel,
    submitting = false,
    error,
    maxMembers,
    maxNameLength = 64,
    defaultName = '',
    noResultsText,
    idleText,
    submitLabel,
    initialFocus = false,
    ...rest
  },
  ref,
) {
  const { messages: t } = useKitLocale();
  const [name, setName] = useState(defaultName);
  const [selected, setSelected] = useControllableState<readonly UserId[]>({
    prop: selectedIds,
    defaultProp: defaultSelectedIds ?? [],
    // Only add and remove below change the selection, each with a new array of the form's own.
    onChange: (ids) => onSelectedIdsChange?.(ids as UserId[]),
  });
  const [query, setQuery] = useControllableState({ prop: searchValue, defaultProp: '', onChange: onSearchChange });
  const { fieldRef: searchRef, listRef, onFieldKeyDown, onListKeyDown } = useListNavigation<HTMLInputElement, HTMLUListElement>();
  const idBase = useId();
  const hintId = `${idBase}-hint`;
  const listId = `${idBase}-people`;
  const countId = `${idBase}-count`;

  // The people behind the chosen ids, remembered once seen, so a chip keeps its name and avatar
  // when a later search (or a new `people` list) no longer includes that person.
  const known = useRef(new Map<UserId, ChatUser>());
  useEffect(() => {
    for (const person of people) if (selected.includes(person.id)) known.current.set(person.id, person);
  }, [people, selected]);
  const personOf = (id: UserId): ChatUser => people.find((p) => p.id === id) ?? known.current.get(id) ?? { id, name: String(id) };

  const add = (person: ChatUser) => {
    known.current.set(person.id, person);
    setSelected((current) => (current.includes(person.id) ? current : [...current, person.id]));
  };
  const remove = (id: UserId) => setSelected((current) => current.filter((s) => s !== id));

  const q = query.trim().toLocaleLowerCase();
  const shown = onSearchChange || !q ? people : people.filter((p) => p.name.toLocaleLowerCase().includes(q));

  const trimmed = name.trim();
  const nameTooLong = trimmed.length > maxNameLength;
  const full = maxMembers !== undefined && selected.length >= maxMembers;
  const ready = trimmed.length > 0 && !nameTooLong && selected.length > 0;
  const state = ready ? 'ready' : trimmed.length === 0 && selected.length === 0 ? 'empty' : 'incomplete';

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!ready || submitting) return;
    onCreate({ name: trimmed, memberIds: [...selected] });
  };
  // Enter in the search field never submits the form: it adds the only person found, if any.
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onFieldKeyDown(event);
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const only = shown.length === 1 ? shown[0] : undefined;
    if (!only || selected.includes(only.id) || full || searching) return;
    add(only);
    setQuery('');
  };

  return (
    <FormRoot
      ref={ref}
      noValidate
      aria-busy={submitting || undefined}
      data-state={state}
      data-submitting={submitting || undefined}
      data-error={error ? true : undefined}
      data-selected-count={selected.length}
      {...rest}
      onSubmit={handleSubmit}
    >
      {error ? <FormAlert role="alert">{error}</FormAlert> : null}
      <TextField
        ref={initialFocus ? focusOnMount : undefined}
        label={t.groupName}
        name="groupName"
        autoComplete="off"
        required
        maxLength={maxNameLength}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={nameTooLong ? t.nameMaxLength(maxNameLength) : undefined}
      />
      <Section>
        <SectionHead>
          <SectionTitle>{t.membersTitle}</SectionTitle>
          <Count id={countId} aria-live="polite">
            {maxMembers !== undefined
              ? t.addedOfMax(selected.length, maxMembers)
              : selected.length > 0
                ? t.peopleAdded(selected.length)
                : t.noOneAdded}
          </Count>
        </SectionHead>
        {selected.length > 0 ? (
          <PersonChips
            people={selected.map(personOf)}
            onRemove={(id) => {
              remove(id);
              searchRef.current?.focus();
            }}
          />
        ) : null}
        <SearchField ref={searchRef} label={t.addPeople} value={query} onValueChange={setQuery} onKeyDown={onSearchKeyDown} aria-controls={listId} />
        {shown.length > 0 ? (
          <People ref={listRef} id={listId} aria-label={t.people} aria-busy={searching || undefined} onKeyDown={onListKeyDown}>
            {shown.map((person) => {
              const checked = selected.includes(person.id);
              return (
                <li key={String(person.id)} data-selected={checked} data-id={String(person.id)}>
                  <Person data-disabled={!checked && full}>
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && full}
                      onChange={() => (checked ? remove(person.id) : add(person))}
                    />
                    <Avatar name={person.name} src={person.avatarUrl} size="sm" presence={person.presence} decorative />
                    <PersonName dir="auto">{person.name}</PersonName>
                  </Person>
                </li>
              );
            })}
          </People>
        ) : (
          <NoResults id={listId} role="status" aria-busy={searching || undefined}>
            {searching ? t.searching : q ? (noResultsText ?? t.noPeopleFound) : (idleText ?? t.noPeopleToAdd)}
          </NoResults>
        )}
      </Section>
      {ready ? null : <Hint id={hintId}>{missingText(t, trimmed.length === 0, nameTooLong, selected.length === 0)}</Hint>}
      <Actions>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t.cancel}
          </Button>
        ) : null}
        <Button type="submit" disabled={!ready} loading={submitting} aria-describedby={ready ? undefined : hintId}>
          {submitLabel ?? t.createGroup}
        </Button>
      </Actions>
    </FormRoot>
  );
});
