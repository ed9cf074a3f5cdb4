import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatHeader } from './ChatHeader';

describe('ChatHeader', () => {
  it('names the partner in a heading with presence', () => {
    render(<ChatHeader partner={{ name: 'Ada Lovelace', presence: 'away' }} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByText('Away')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a back button and an actions slot', async () => {
    const onBack = jest.fn();
    render(
      <ChatHeader partner={{ name: 'Ada' }} onBack={onBack} subtitle="typing…" headingLevel={1} actions={<button type="button">Call</button>} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Back to chats' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Call' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Ada' })).toBeInTheDocument();
    expect(screen.getByText('typing…')).toBeInTheDocument();
  });

  it('says when an offline partner was last seen, and nothing of it while online', () => {
    const now = '2026-11-25T15:00:00Z';
    const { rerender } = render(<ChatHeader partner={{ name: 'Ada', presence: 'offline' }} lastSeen="2026-11-25T14:55:00Z" now={now} locale="en" />);
    expect(screen.getByText(/Last seen/)).toHaveTextContent('Last seen 5 minutes ago');
    expect(document.querySelector('time')).toHaveAttribute('dateTime', '2026-11-25T14:55:00.000Z');
    rerender(<ChatHeader partner={{ name: 'Ada', presence: 'online' }} lastSeen="2026-11-25T14:55:00Z" now={now} locale="en" />);
    expect(screen.getByText('Online')).toBeInTheDocument();
    expect(screen.queryByText(/Last seen/)).toBeNull();
    rerender(<ChatHeader partner={{ name: 'Ada', presence: 'offline' }} lastSeen={null} now={now} />);
    expect(screen.getByText('Offline')).toBeInTheDocument();
    // An explicit subtitle (e.g. "typing…") wins.
    rerender(<ChatHeader partner={{ name: 'Ada', presence: 'offline' }} lastSeen="2026-11-25T14:55:00Z" subtitle="typing…" />);
    expect(screen.getByText('typing…')).toBeInTheDocument();
  });

  it('shows a group: group avatar, "N members" instead of presence or last seen, data-kind', () => {
    const { container, rerender } = render(
      <ChatHeader
        kind="group"
        partner={{ name: 'Team chat', presence: 'online' }}
        memberCount={3}
        lastSeen="2026-11-25T14:55:00Z"
        now="2026-11-25T15:00:00Z"
      />,
    );
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute('data-kind', 'group');
    expect(root).not.toHaveAttribute('data-presence');
    expect(screen.getByRole('heading', { level: 2, name: 'Team chat' })).toBeInTheDocument();
    expect(root.querySelector('[data-subtitle]')).toHaveTextContent(/^3 members$/);
    expect(screen.queryByText(/Online|Last seen/)).toBeNull();
    expect(root.querySelector('[data-status]')).toBeNull(); // no presence dot
    expect(root.querySelector('[data-kind="group"][data-size]')).not.toBeNull(); // group avatar
    rerender(<ChatHeader kind="group" partner={{ name: 'Team chat' }} memberCount={1} />);
    expect(screen.getByText('1 member')).toBeInTheDocument();
    rerender(<ChatHeader kind="group" partner={{ name: 'Team chat' }} memberCount={3} subtitle="Alice is typing…" />);
    expect(screen.getByText('Alice is typing…')).toBeInTheDocument();
    expect(screen.queryByText('3 members')).toBeNull();
    rerender(<ChatHeader kind="group" partner={{ name: 'Team chat' }} />);
    expect(root.querySelector('[data-subtitle]')).toBeNull();
  });

  it('is a direct chat by default (data-kind="direct")', () => {
    const { container } = render(<ChatHeader partner={{ name: 'Ada', presence: 'online' }} memberCount={3} />);
    expect(container.firstElementChild).toHaveAttribute('data-kind', 'direct');
    expect(screen.getByText('Online')).toBeInTheDocument();
    expect(screen.queryByText('3 members')).toBeNull();
  });

  it('offers a Members toggle that says whether the panel is open and which one it controls', async () => {
    const onToggle = jest.fn();
    const { rerender, container } = render(<ChatHeader kind="group" partner={{ name: 'Lab' }} onToggleMembers={onToggle} membersPanelId="panel" />);
    const button = screen.getByRole('button', { name: 'Members' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).not.toHaveAttribute('aria-controls');
    await userEvent.click(button);
    expect(onToggle).toHaveBeenCalledTimes(1);
    rerender(<ChatHeader kind="group" partner={{ name: 'Lab' }} onToggleMembers={onToggle} membersOpen membersPanelId="panel" />);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', 'panel');
    expect(container.firstElementChild).toHaveAttribute('data-members-open', 'true');
  });

  it('has no Members button without onToggleMembers', () => {
    render(<ChatHeader kind="group" partner={{ name: 'Lab' }} />);
    expect(screen.queryByRole('button', { name: 'Members' })).toBeNull();
  });

  it('hands the Members button to membersButtonRef, so focus can return to it when the panel closes', () => {
    const buttonRef = createRef<HTMLButtonElement>();
    render(<ChatHeader kind="group" partner={{ name: 'Lab' }} onToggleMembers={() => {}} membersButtonRef={buttonRef} />);
    expect(buttonRef.current).toBe(screen.getByRole('button', { name: 'Members' }));
  });

  it("isolates the name's direction but keeps the page's for the heading, so it sits at the start in RTL", () => {
    render(<ChatHeader partner={{ name: 'layla' }} />);
    const heading = screen.getByRole('heading', { name: 'layla' });
    expect(heading).not.toHaveAttribute('dir');
    expect(heading.querySelector('bdi')).toHaveTextContent('layla');
  });
});

describe('ChatHeader pinned bar', () => {
  it('renders the pinned slot after the title row, only when given', () => {
    const { container, rerender } = render(<ChatHeader partner={{ name: 'Ada' }} />);
    expect(container.firstElementChild).not.toHaveAttribute('data-pinned');
    rerender(<ChatHeader partner={{ name: 'Ada' }} actions={<button type="button">Call</button>} pinned={<p>pinned bar</p>} />);
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute('data-pinned', 'true');
    expect(root.lastElementChild).toHaveTextContent('pinned bar');
    expect(screen.getByRole('heading', { name: 'Ada' }).compareDocumentPosition(screen.getByText('pinned bar'))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
});
