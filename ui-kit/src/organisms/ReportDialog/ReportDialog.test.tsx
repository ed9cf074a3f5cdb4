import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { axe } from 'jest-axe';
import type { ChatMessage } from '../../types';
import { ReportDialog, type ReportDialogProps } from './ReportDialog';

const message: ChatMessage = { id: 5, authorId: 'm', text: 'Send me your password', timestamp: '2026-11-25T10:00:00Z' };

function Harness(props: Partial<ReportDialogProps>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open it
      </button>
      <ReportDialog open={open} message={message} authorName="Mallory" onReport={() => {}} onClose={() => setOpen(false)} {...props} />
    </>
  );
}

const openIt = async (props: Partial<ReportDialogProps> = {}) => {
  render(<Harness {...props} />);
  await userEvent.click(screen.getByRole('button', { name: 'Open it' }));
  return screen.getByRole('dialog', { name: 'Report message' });
};

describe('ReportDialog', () => {
  it('is a labelled modal dialog previewing the message, focus on the reason, axe-clean', async () => {
    const dialog = await openIt();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByText('Send me your password')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveFocus();
    expect(screen.getByText('500 characters left')).toBeInTheDocument();
    expect(await axe(dialog)).toHaveNoViolations();
  });

  it('sends the trimmed reason, only between 1 and 500 characters', async () => {
    const onReport = jest.fn();
    await openIt({ onReport });
    const submit = screen.getByRole('button', { name: 'Report' });
    expect(submit).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Reason' }), '   ');
    expect(submit).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Reason' }), 'Phishing  ');
    expect(screen.getByText('492 characters left')).toBeInTheDocument();
    await userEvent.click(submit);
    expect(onReport).toHaveBeenCalledWith('Phishing');
  });

  it('refuses a reason past 500 characters', async () => {
    const onReport = jest.fn();
    await openIt({ onReport, defaultReason: 'x'.repeat(501) });
    expect(screen.getByText('Use at most 500 characters.')).toHaveAttribute('data-over');
    expect(screen.getByRole('button', { name: 'Report' })).toBeDisabled();
  });

  it("shows the server's error, and the thanks once reported", () => {
    const { rerender } = render(
      <ReportDialog open message={message} authorName="M" onReport={() => {}} onClose={() => {}} error="You already reported this message" />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('You already reported this message');
    rerender(<ReportDialog open message={message} authorName="M" onReport={() => {}} onClose={() => {}} status="done" />);
    expect(screen.getByRole('status')).toHaveTextContent('Reported. Thank you — an admin will look at it.');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('Cancel and Escape close it and focus goes back to what opened it', async () => {
    await openIt();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open it' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Open it' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open it' })).toHaveFocus();
  });
});
