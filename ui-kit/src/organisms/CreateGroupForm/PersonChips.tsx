import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { IconButton } from '../../atoms/IconButton/IconButton';
import type { ChatUser, UserId } from '../../types';
import { CloseIcon } from '../../utils/icons';
import { color, fontSize, radius, space } from '../../utils/theme';

const Chips = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${space('xs')};
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Chip = styled.li`
  display: inline-flex;
  align-items: center;
  gap: ${space('xs')};
  max-width: 100%;
  padding-block: ${space('xxs')};
  padding-inline: ${space('xs')} ${space('xxs')};
  border: 1px solid ${color('border')};
  border-radius: ${radius('round')};
  background: ${color('surfaceAlt')};
  color: ${color('text')};
  font-size: ${fontSize('sm')};
`;

const ChipName = styled.span`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

/** CreateGroupForm's chosen people: a list "Added people" of chips, each with "Remove <name>". */
export function PersonChips({ people, onRemove }: { people: readonly ChatUser[]; onRemove: (id: UserId) => void }) {
  const { messages: t } = useKitLocale();
  return (
    <Chips aria-label={t.addedPeople}>
      {people.map((person) => (
        <Chip key={String(person.id)} data-id={String(person.id)}>
          <Avatar name={person.name} src={person.avatarUrl} size="xs" decorative />
          <ChipName dir="auto">{person.name}</ChipName>
          <IconButton label={t.removePerson(person.name)} icon={<CloseIcon size={14} />} size={24} onClick={() => onRemove(person.id)} />
        </Chip>
      ))}
    </Chips>
  );
}
