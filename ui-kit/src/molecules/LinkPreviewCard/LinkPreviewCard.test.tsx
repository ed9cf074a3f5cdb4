import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { linkPreviews } from '../../test/fixtures';
import { LinkPreviewCard } from './LinkPreviewCard';

describe('LinkPreviewCard', () => {
  it('links the title to the URL in a new tab without an opener or referrer', () => {
    render(<LinkPreviewCard preview={linkPreviews.full} />);
    const link = screen.getByRole('link', { name: 'The Analytical Engine' });
    expect(link).toHaveAttribute('href', 'https://example.com/engine');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('group', { name: 'Link preview' })).toHaveTextContent('Example Encyclopedia');
    expect(screen.getByText(/A proposed mechanical/)).toBeInTheDocument();
  });

  it('shows the image as decoration in a fixed box, loaded lazily', () => {
    const { container } = render(<LinkPreviewCard preview={linkPreviews.full} />);
    const image = container.querySelector('img')!;
    expect(image).toHaveAttribute('alt', '');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image.getAttribute('src')).toBe(linkPreviews.full.imageUrl);
    expect(getComputedStyle(image.parentElement!).aspectRatio).toBe('1.91');
    expect(container.firstElementChild).toHaveAttribute('data-has-image', 'true');
  });

  it('takes the server’s own image path, but no other scheme', () => {
    const { container, rerender } = render(<LinkPreviewCard preview={{ ...linkPreviews.titleOnly, imageUrl: '/api/link-previews/7/image' }} />);
    expect(container.querySelector('img')).toHaveAttribute('src', '/api/link-previews/7/image');
    rerender(<LinkPreviewCard preview={{ ...linkPreviews.titleOnly, imageUrl: 'javascript:alert(1)' }} />);
    expect(container.querySelector('img')).toBeNull();
    rerender(<LinkPreviewCard preview={{ ...linkPreviews.titleOnly, imageUrl: '//evil.example/x.png' }} />);
    expect(container.querySelector('img')).toBeNull();
  });

  it('never links a non-http(s) URL, and shows the URL when there is no title', () => {
    render(<LinkPreviewCard preview={{ url: 'javascript:alert(1)' }} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument();
  });

  it('renders the page’s text as text', () => {
    render(<LinkPreviewCard preview={{ url: 'https://e.example/', title: '<script>alert(1)</script>', description: '<b>bold</b>' }} />);
    expect(screen.getByRole('link', { name: '<script>alert(1)</script>' })).toBeInTheDocument();
    expect(screen.getByText('<b>bold</b>')).toBeInTheDocument();
    expect(document.querySelector('script, b')).toBeNull();
  });

  it('offers "Remove preview" only with onRemove', async () => {
    const onRemove = jest.fn();
    const { rerender } = render(<LinkPreviewCard preview={linkPreviews.textOnly} />);
    expect(screen.queryByRole('button', { name: 'Remove preview' })).toBeNull();
    rerender(<LinkPreviewCard preview={linkPreviews.textOnly} onRemove={onRemove} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove preview' }));
    expect(onRemove).toHaveBeenCalledTimes(1);
  });
});
