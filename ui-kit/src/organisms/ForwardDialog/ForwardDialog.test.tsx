import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { axe } from 'jest-axe';
import { sampleForwardTargets } from '../../test/fixtures';
import type { ChatMessage } from '../../types';
import { ForwardDialog, type ForwardDialogProps } from './ForwardDialog';

const message: ChatMessage = { id: 5, authorId: 'ada', text: 'The notes from Tuesday', timestamp: '2026-11-25T10:00:00Z' };

function Harness(props: Partial<ForwardDialogProps>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Forward it
      </button>
      <ForwardDialog
        open={open}
        message={message}
        authorName="Ada"
        conversations={sampleForwardTargets}
        onForward={() => {}}
        onClose={() => setOpen(false)}
        {...props}
      />
    </>
  );
}

const openIt = async (props: Partial<ForwardDialogProps> = {}) => {
  render(<Harness {...props} />);
  await userEvent.click(screen.getByRole('button', { name: 'Forward it' }));
  return screen.getByRole('dialog', { name: 'Forward message' });
};

const radios = () => screen.getAllByRole('radio').map((radio) => radio.closest('label')!.textContent);

describe('ForwardDialog', () => {
  it('is a labelled modal dialog previewing the message, focus on the search field, axe-clean', async () => {
    const dialog = await openIt();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByText('The notes from Tuesday')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search conversations' })).toHaveFocus();
    expect(screen.getByRole('radiogroup', { name: 'Conversations' })).toBeInTheDocument();
    expect(radios()).toHaveLength(4);
    expect(await axe(dialog)).toHaveNoViolations();
  });

  it('filters by name as you type, and says when nothing matches', async () => {
    await openIt();
    await userEvent.type(screen.getByRole('searchbox'), 'GRA');
    expect(radios()).toEqual(['GHGrace Hopper']);
    await userEvent.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('No conversations match');
  });

  it('forwards to the picked conversation; Forward is disabled until one is picked', async () => {
    const onForward = jest.fn();
    await openIt({ onForward });
    const forward = screen.getByRole('button', { name: 'Forward' });
    expect(forward).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: 'Compiler Club' }));
    expect(forward).toBeEnabled();
    await userEvent.click(forward);
    expect(onForward).toHaveBeenCalledWith('g:2');
  });

  it('picks with the keyboard: Tab into the list, arrows move the pick, Tab on to Forward', async () => {
    const onForward = jest.fn();
    await openIt({ onForward });
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'Ada Lovelace' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Grace Hopper' })).toBeChecked();
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Forward' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onForward).toHaveBeenCalledWith('u:grace');
  });

  it('keeps Tab inside, wrapping both ways', async () => {
    await openIt({ defaultSelectedId: 'g:1' });
    screen.getByRole('button', { name: 'Forward' }).focus();
    await userEvent.tab();
    expect(screen.getByRole('searchbox')).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Forward' })).toHaveFocus();
  });

  it('Escape clears the search first, then closes, focus back on the opener; Cancel too', async () => {
    const dialog = await openIt();
    await userEvent.type(screen.getByRole('searchbox'), 'ada');
    await userEvent.keyboard('{Escape}');
    expect(dialog).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Forward it' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Forward it' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Forward it' })).toHaveFocus();
  });

  it('shows sending (busy, no second send) and the error state (Forward retries)', async () => {
    const onForward = jest.fn();
    const { rerender } = render(
      <ForwardDialog
        open
        message={message}
        authorName="Ada"
        conversations={sampleForwardTargets}
        onForward={onForward}
        onClose={() => {}}
        defaultSelectedId="u:ada"
        status="sending"
      />,
    );
    const busy = screen.getByRole('button', { name: 'Forwarding…' });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('dialog')).toHaveAttribute('data-status', 'sending');
    rerender(
      <ForwardDialog
        open
        message={message}
        authorName="Ada"
        conversations={sampleForwardTargets}
        onForward={onForward}
        onClose={() => {}}
        defaultSelectedId="u:ada"
        status="error"
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent("Couldn't forward — try again");
    await userEvent.click(screen.getByRole('button', { name: 'Forward' }));
    expect(onForward).toHaveBeenCalledWith('u:ada');
  });

  it('renders nothing while closed', () => {
    const { container } = render(
      <ForwardDialog open={false} message={message} authorName="Ada" conversations={sampleForwardTargets} onForward={() => {}} onClose={() => {}} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
