import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { ar } from '../../locale/catalogs';
import { samplePins } from '../../test/fixtures';
import { PinnedBar } from './PinnedBar';

describe('PinnedBar', () => {
  it('shows the latest pin as a button to it, with no count or cycling for one pin', async () => {
    const onJumpTo = jest.fn();
    render(<PinnedBar pins={samplePins.slice(0, 1)} onJumpTo={onJumpTo} />);
    expect(screen.getByRole('region', { name: 'Pinned messages' })).toHaveAttribute('data-count', '1');
    const jump = screen.getByRole('button', { name: /^Go to pinned message: Ada Lovelace Demo is Thursday/ });
    await userEvent.click(jump);
    expect(onJumpTo).toHaveBeenCalledWith('r-1');
    expect(screen.queryByRole('button', { name: 'Next pinned message' })).toBeNull();
    expect(screen.queryByText('1 of 1')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Unpin' })).toBeNull();
  });

  it('cycles through several pins with "Next pinned message", "2 of 3", wrapping to the first', async () => {
    const onJumpTo = jest.fn();
    render(<PinnedBar pins={samplePins} onJumpTo={onJumpTo} />);
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next pinned message' }));
    expect(screen.getByText('2 of 3')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Go to pinned message/ }));
    expect(onJumpTo).toHaveBeenCalledWith('m-3');
    await userEvent.click(screen.getByRole('button', { name: 'Next pinned message' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next pinned message' }));
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
  });

  it('unpins the shown pin, and stays within the list when pins go away', async () => {
    const onUnpin = jest.fn();
    const { rerender } = render(<PinnedBar pins={samplePins} onJumpTo={() => {}} onUnpin={onUnpin} />);
    await userEvent.click(screen.getByRole('button', { name: 'Next pinned message' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next pinned message' }));
    await userEvent.click(screen.getByRole('button', { name: 'Unpin' }));
    expect(onUnpin).toHaveBeenCalledWith('m-7');
    rerender(<PinnedBar pins={samplePins.slice(0, 2)} onJumpTo={() => {}} onUnpin={onUnpin} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-index', '0');
    expect(screen.getByText('1 of 2')).toBeInTheDocument();
  });

  it('renders nothing without pins', () => {
    const { container } = render(<PinnedBar pins={[]} onJumpTo={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows pin text as text, never markup', () => {
    render(<PinnedBar pins={[{ id: 1, authorName: '<b>Eve</b>', excerpt: '<img src=x onerror=alert(1)>' }]} onJumpTo={() => {}} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img, b')).toBeNull();
  });

  it('is localized', () => {
    render(
      <ChatThemeProvider locale="ar" messages={ar}>
        <PinnedBar pins={samplePins} onJumpTo={() => {}} onUnpin={() => {}} />
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('region', { name: 'الرسائل المثبّتة' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'إلغاء التثبيت' })).toBeInTheDocument();
  });
});
