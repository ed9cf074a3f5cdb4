import { styled } from 'styled-components';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { useKitLocale } from '../../locale/useKitLocale';
import { color, fontSize, fontWeight, radius } from '../../utils/theme';

export interface StackPerson {
  name: string;
  avatarUrl?: string;
}

const Root = styled.span`
  display: inline-flex;
  align-items: center;
  flex: none;
  & > * + * {
    margin-inline-start: -8px;
  }
  & > * {
    border-radius: ${radius('round')};
    box-shadow: 0 0 0 2px ${color('surfaceAlt')};
  }
`;

const More = styled.span`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 32px;
  height: 32px;
  padding: 0 4px;
  background: ${color('surface')};
  color: ${color('text')};
  font-size: ${fontSize('xs')};
  font-weight: ${fontWeight('medium')};
`;

/** Up to `max` faces, overlapping, then "+N" for the rest, read as "Ada, Grace, Linus, and 2 more". */
export function AvatarStack({ people, max = 3 }: { people: readonly StackPerson[]; max?: number }) {
  const { messages: t, formatNumber } = useKitLocale();
  const shown = people.slice(0, max);
  const rest = people.length - shown.length;
  return (
    <Root>
      {shown.map((p, i) => (
        <Avatar key={`${i}-${p.name}`} name={p.name} src={p.avatarUrl} size="sm" />
      ))}
      {rest > 0 ? (
        <More role="img" aria-label={t.moreInCall(rest)}>
          +{formatNumber(rest)}
        </More>
      ) : null}
    </Root>
  );
}
