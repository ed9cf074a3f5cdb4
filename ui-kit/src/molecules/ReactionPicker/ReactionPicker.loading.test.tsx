import { render, screen } from '@testing-library/react';
import { ReactionPicker } from './ReactionPicker';

// A file of its own: the picker's module is not loaded yet here (React.lazy caches it per module registry).
describe('ReactionPicker full picker, loading', () => {
  it('shows a labelled spinner in the dialog until the picker file has loaded', async () => {
    render(<ReactionPicker onPick={() => {}} defaultFull />);
    expect(screen.getByRole('dialog', { name: 'Emoji' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading emoji')).toBeInTheDocument();
    expect(await screen.findByRole('searchbox', { name: 'Search emoji' })).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Emoji' })).not.toHaveAttribute('aria-busy');
  });
});
