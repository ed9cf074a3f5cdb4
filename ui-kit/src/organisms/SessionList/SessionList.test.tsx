import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { es } from '../../locale/catalogs/es';
import { SessionList, type SessionItem } from './SessionList';

const now = '2026-03-02T12:00:00Z';
const here: SessionItem = { id: 1, device: 'Chrome on Linux', createdAt: '2026-03-01T12:00:00Z', lastUsedAt: '2026-03-02T11:55:00Z', current: true };
const laptop: SessionItem = {
  id: 2,
  device: 'Firefox on Windows',
  createdAt: '2026-02-23T12:00:00Z',
  lastUsedAt: '2026-03-02T09:00:00Z',
  current: false,
};
const otherChrome: SessionItem = {
  id: 3,
  device: 'Chrome on Linux',
  createdAt: '2026-02-28T12:00:00Z',
  lastUsedAt: '2026-03-01T12:00:00Z',
  current: false,
};

const rows = () => within(screen.getByRole('list', { name: 'Sessions' })).getAllByRole('listitem');

describe('SessionList', () => {
  it('lists each session with its device (as the app words it), when it signed in and was last active, and "This device" on the current one', () => {
    render(<SessionList sessions={[here, laptop]} now={now} onSignOut={() => {}} />);
    expect(screen.getByRole('region', { name: 'Sessions' })).toBeInTheDocument();
    const [first, second] = rows();
    expect(first).toHaveTextContent('Chrome on Linux');
    expect(first).toHaveTextContent('This device');
    expect(first).toHaveAttribute('data-current', 'true');
    expect(first).toHaveTextContent('Signed in yesterday');
    expect(first).toHaveTextContent('Last active 5 minutes ago');
    expect(second).toHaveTextContent('Firefox on Windows');
    expect(second).not.toHaveTextContent('This device');
    expect(second).toHaveTextContent('Signed in last week');
    expect(second).toHaveTextContent('Last active 3 hours ago');
  });

  it('offers "Sign out" on every other session, named after its device, and none on this one', async () => {
    const onSignOut = jest.fn();
    render(<SessionList sessions={[here, laptop]} now={now} onSignOut={onSignOut} />);
    const [first, second] = rows();
    expect(within(first!).queryByRole('button')).toBeNull();
    const button = within(second!).getByRole('button', { name: 'Sign out Firefox on Windows' });
    expect(button).toHaveTextContent(/^Sign out/);
    await userEvent.click(button);
    expect(onSignOut).toHaveBeenCalledWith(laptop);
  });

  it('numbers a device that appears twice, so each button has its own name', () => {
    render(<SessionList sessions={[here, otherChrome, laptop]} now={now} onSignOut={() => {}} />);
    expect(rows()[0]).toHaveTextContent('Chrome on Linux (1)');
    expect(rows()[1]).toHaveTextContent('Chrome on Linux (2)');
    expect(screen.getByRole('button', { name: 'Sign out Chrome on Linux (2)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out Firefox on Windows' })).toBeInTheDocument();
  });

  it('signs out all the others with one button, busy while it runs', async () => {
    const onSignOutOthers = jest.fn();
    const { rerender } = render(
      <SessionList sessions={[here, laptop, otherChrome]} now={now} onSignOut={() => {}} onSignOutOthers={onSignOutOthers} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sign out all other sessions' }));
    expect(onSignOutOthers).toHaveBeenCalledTimes(1);
    rerender(
      <SessionList sessions={[here, laptop, otherChrome]} now={now} onSignOut={() => {}} onSignOutOthers={onSignOutOthers} signingOutOthers />,
    );
    expect(screen.getByRole('button', { name: 'Sign out all other sessions' })).toHaveAttribute('aria-busy', 'true');
    expect(rows()[1]).toHaveAttribute('aria-busy', 'true');
    expect(rows()[0]).not.toHaveAttribute('aria-busy');
  });

  it('says when no other session is signed in, without the sign-out-all button', () => {
    render(<SessionList sessions={[here]} now={now} onSignOut={() => {}} onSignOutOthers={() => {}} />);
    expect(screen.getByText('No other sessions are signed in.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('marks a session being signed out busy, shows a server error, and forwards its ref', () => {
    const ref = createRef<HTMLElement>();
    render(
      <SessionList
        ref={ref}
        sessions={[here, { ...laptop, device: 'Unknown device' }]}
        now={now}
        onSignOut={() => {}}
        pendingIds={[2]}
        error="Couldn't sign out"
        headingLevel={3}
      />,
    );
    expect(ref.current?.tagName).toBe('SECTION');
    expect(screen.getByRole('heading', { level: 3, name: 'Sessions' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("Couldn't sign out");
    expect(rows()[1]).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Sign out Unknown device' })).toHaveAttribute('aria-busy', 'true');
  });

  it('speaks the kit language', () => {
    render(
      <ChatThemeProvider locale="es" messages={es}>
        <SessionList sessions={[here, laptop]} now={now} onSignOut={() => {}} onSignOutOthers={() => {}} />
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('button', { name: 'Cerrar sesión Firefox on Windows' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cerrar todas las demás sesiones' })).toBeInTheDocument();
    expect(screen.getByText('Este dispositivo')).toBeInTheDocument();
  });
});
