import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { Button } from '../../atoms/Button/Button';
import { Timestamp } from '../../atoms/Timestamp/Timestamp';
import { HiddenParts } from '../../locale/HiddenParts';
import { useKitLocale } from '../../locale/useKitLocale';
import { base, color, fontSize, fontWeight, radius, space, touchTarget } from '../../utils/theme';
import type { TimeInput } from '../../utils/time';
import { FormAlert } from '../LoginForm/formParts';

/** One log-in of the person: where from, since when, and whether it is the one reading. */
export interface SessionItem {
  id: string | number;
  /** Where it logged in from, in words: "Firefox on Windows". */
  device: string;
  createdAt: TimeInput;
  lastUsedAt: TimeInput;
  /** The session of this page: marked "This device", never offered "Sign out". */
  current: boolean;
}

export interface SessionListProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** In display order. */
  sessions: readonly SessionItem[];
  /** "Sign out" on every other session's row. */
  onSignOut?: (session: SessionItem) => void;
  /** "Sign out all other sessions", while there are other sessions. */
  onSignOutOthers?: () => void;
  /** Sessions being signed out: their buttons are busy meanwhile. */
  pendingIds?: readonly (string | number)[];
  /** "Sign out all other sessions" is running. */
  signingOutOthers?: boolean;
  /** An error from the server, shown as an alert. */
  error?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  /** Reference "now" for the relative times (stories, tests); the clock by default. */
  now?: TimeInput;
}

const Root = styled.section`
  ${base}
  display: flex;
  flex-direction: column;
  gap: ${space('md')};
`;

const Heading = styled.h2`
  margin: 0;
  font-size: ${fontSize('lg')};
  font-weight: ${fontWeight('bold')};
`;

const List = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Row = styled.li`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space('sm')} ${space('md')};
  min-height: 44px;
  padding: ${space('sm')} 0;
  border-bottom: 1px solid ${color('border')};
  &:last-child {
    border-bottom: none;
  }
  &[aria-busy='true'] {
    opacity: 0.7;
  }
  & > button {
    ${touchTarget}
    margin-inline-start: auto;
  }
`;

const About = styled.div`
  display: flex;
  flex: 1 1 auto;
  flex-direction: column;
  gap: ${space('xs')};
  min-width: 0;
`;

const Device = styled.span`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space('sm')};
  font-weight: ${fontWeight('medium')};
`;

const Marker = styled.span`
  padding: 0 ${space('sm')};
  border: 1px solid ${color('primary')};
  border-radius: ${radius('round')};
  font-size: ${fontSize('xs')};
  line-height: 1.6;
`;

const Times = styled.span`
  display: flex;
  flex-wrap: wrap;
  gap: 0 ${space('md')};
  color: ${color('textMuted')};
  font-size: ${fontSize('sm')};
`;

const None = styled.p`
  margin: 0;
  color: ${color('textMuted')};
  font-size: ${fontSize('sm')};
`;

/** Each session's device; a device named twice gets a number, so every "Sign out" is told apart. */
function deviceNames(sessions: readonly SessionItem[], number: (n: number) => string): string[] {
  const names = sessions.map((s) => s.device);
  const seen = new Map<string, number>();
  return names.map((name) => {
    if (names.filter((other) => other === name).length < 2) return name;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return `${name} (${number(n)})`;
  });
}

/**
 * The person's sessions (log-ins): the device each came from, when it signed in and was last
 * active, "This device" on the current one, "Sign out" on every other, and "Sign out all other
 * sessions". Each "Sign out" is named after its device for assistive technology.
 */
export const SessionList = forwardRef<HTMLElement, SessionListProps>(function SessionList(
  { sessions, onSignOut, onSignOutOthers, pendingIds, signingOutOthers = false, error, headingLevel = 2, now, ...rest },
  ref,
) {
  const { messages: t, formatNumber } = useKitLocale();
  const headingId = useId();
  const names = deviceNames(sessions, formatNumber);
  const others = sessions.some((s) => !s.current);
  return (
    <Root ref={ref} aria-labelledby={headingId} data-busy={signingOutOthers || undefined} {...rest}>
      <Heading id={headingId} as={`h${headingLevel}`}>
        {t.sessions}
      </Heading>
      {error ? <FormAlert role="alert">{error}</FormAlert> : null}
      <List aria-labelledby={headingId}>
        {sessions.map((session, i) => {
          const pending = signingOutOthers ? !session.current : (pendingIds?.includes(session.id) ?? false);
          return (
            <Row key={session.id} data-id={String(session.id)} data-current={session.current || undefined} aria-busy={pending || undefined}>
              <About>
                <Device>
                  <span dir="auto">{names[i]}</span>
                  {session.current ? <Marker>{t.thisDevice}</Marker> : null}
                </Device>
                <Times>
                  <span>
                    {t.signedIn} <Timestamp value={session.createdAt} format="relative" now={now} />
                  </span>
                  <span>
                    {t.lastActive} <Timestamp value={session.lastUsedAt} format="relative" now={now} />
                  </span>
                </Times>
              </About>
              {!session.current && onSignOut ? (
                <Button variant="secondary" size="sm" loading={pending} onClick={() => onSignOut(session)}>
                  <HiddenParts text={t.signOutSession} name={names[i]} />
                </Button>
              ) : null}
            </Row>
          );
        })}
      </List>
      {others ? null : <None>{t.noOtherSessions}</None>}
      {others && onSignOutOthers ? (
        <Button variant="danger" size="sm" loading={signingOutOthers} onClick={onSignOutOthers}>
          {t.signOutOthers}
        </Button>
      ) : null}
    </Root>
  );
});
