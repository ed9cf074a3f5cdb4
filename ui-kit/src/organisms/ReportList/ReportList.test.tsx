import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { ReportList, type ReportItem } from './ReportList';

const active: ReportItem = {
  id: 2,
  reason: 'Phishing',
  createdAt: '2026-11-25T09:50:00Z',
  reporterName: 'Ada',
  text: 'Send me your password',
  senderName: 'Mallory',
  senderId: 9,
  conversation: 'Direct chat',
};
const gone: ReportItem = { ...active, id: 1, reason: 'Spam', senderName: 'Deleted account', senderId: undefined };
const deactivated: ReportItem = { ...active, id: 3, senderDeactivated: true };

describe('ReportList', () => {
  it('shows each report: reason, reporter, message, sender, conversation; axe-clean', async () => {
    const { container } = render(<ReportList reports={[active]} onDeactivate={() => {}} now="2026-11-25T10:00:00Z" />);
    const list = screen.getByRole('list', { name: 'Reports' });
    const row = within(list).getByRole('listitem');
    expect(row).toHaveTextContent('Phishing');
    expect(row).toHaveTextContent('Reported by Ada');
    expect(row).toHaveTextContent('Send me your password');
    expect(row).toHaveTextContent('Sent by Mallory');
    expect(row).toHaveTextContent('Direct chat');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('offers Deactivate for an active sender, Reactivate for a deactivated one, nothing for a gone one', async () => {
    const onDeactivate = jest.fn();
    const onReactivate = jest.fn();
    render(<ReportList reports={[active, deactivated, gone]} onDeactivate={onDeactivate} onReactivate={onReactivate} />);
    await userEvent.click(screen.getByRole('button', { name: 'Deactivate Mallory' }));
    expect(onDeactivate).toHaveBeenCalledWith(active);
    await userEvent.click(screen.getByRole('button', { name: 'Reactivate Mallory' }));
    expect(onReactivate).toHaveBeenCalledWith(deactivated);
    expect(screen.getByText('Deactivated')).toBeInTheDocument();
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  it('marks pending senders busy, shows errors, says when empty, and offers Load more', async () => {
    const onLoadMore = jest.fn();
    const { rerender } = render(<ReportList reports={[active]} onDeactivate={() => {}} pendingSenderIds={[9]} error="Nope" />);
    expect(screen.getByRole('button', { name: 'Deactivate Mallory' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Nope');
    rerender(<ReportList reports={[]} onLoadMore={onLoadMore} />);
    expect(screen.getByText('No reports.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalled();
  });
});
