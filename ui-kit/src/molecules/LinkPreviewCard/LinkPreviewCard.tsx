import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { IconButton } from '../../atoms/IconButton/IconButton';
import { useKitLocale } from '../../locale/useKitLocale';
import type { MessageLinkPreview } from '../../types';
import { CloseIcon } from '../../utils/icons';
import { httpHref } from '../../utils/linkify';
import { base, color, focusRing, fontSize, fontWeight, radius, space } from '../../utils/theme';

export interface LinkPreviewCardProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  preview: MessageLinkPreview;
  /** Offers "Remove preview" (the sender only). */
  onRemove?: () => void;
}

const Root = styled.div`
  ${base}
  position: relative;
  display: flex;
  flex-direction: column;
  min-width: 0;
  max-width: 320px;
  overflow: hidden;
  border-inline-start: 3px solid ${color('primary')};
  border-radius: ${radius('sm')};
  background: ${color('surfaceSelected')};
  color: ${color('text')};
  font-size: ${fontSize('sm')};
`;

// A fixed 1.91:1 box (the Open Graph shape): the row keeps its height while the image loads.
const Media = styled.div`
  aspect-ratio: 1.91;
  background: ${color('border')};
  & img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
`;

const Body = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${space('xxs')};
  padding: ${space('xs')} ${space('sm')};
  padding-inline-end: ${space('xl')};
  overflow-wrap: anywhere;
`;

const Site = styled.span`
  color: ${color('textMuted')};
  font-size: ${fontSize('xs')};
`;

const Title = styled.a`
  color: ${color('link')};
  font-weight: ${fontWeight('medium')};
  border-radius: ${radius('sm')};
  ${focusRing}
`;

const Description = styled.span`
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 3;
  overflow: hidden;
  color: ${color('textMuted')};
`;

const Remove = styled(IconButton)`
  position: absolute;
  inset-block-start: ${space('xxs')};
  inset-inline-end: ${space('xxs')};
`;

/** The server's own path ("/api/…"), an http(s) URL or an inline image; nothing else becomes a source. */
const imageSrc = (url: string | undefined): string | undefined =>
  url && ((url.startsWith('/') && !url.startsWith('//')) || url.startsWith('data:image/') || httpHref(url)) ? url : undefined;

/**
 * A link's preview under a message: site name, title (a link opening in a new tab, http(s) only),
 * a clamped description and an optional image in a box of fixed shape, loaded lazily. Everything
 * is text; nothing from the page is markup. State: `data-has-image`, `data-removable`.
 */
export const LinkPreviewCard = forwardRef<HTMLDivElement, LinkPreviewCardProps>(function LinkPreviewCard({ preview, onRemove, ...rest }, ref) {
  const { messages: t } = useKitLocale();
  const href = httpHref(preview.url);
  const title = preview.title || preview.url;
  const image = imageSrc(preview.imageUrl);
  return (
    <Root
      ref={ref}
      role="group"
      aria-label={t.linkPreview}
      data-has-image={Boolean(image) || undefined}
      data-removable={Boolean(onRemove) || undefined}
      {...rest}
    >
      {image ? (
        <Media>
          <img src={image} alt="" loading="lazy" decoding="async" />
        </Media>
      ) : null}
      <Body>
        {preview.siteName ? <Site dir="auto">{preview.siteName}</Site> : null}
        {href ? (
          <Title href={href} target="_blank" rel="noopener noreferrer" dir="auto">
            {title}
          </Title>
        ) : (
          <strong dir="auto">{title}</strong>
        )}
        {preview.description ? <Description dir="auto">{preview.description}</Description> : null}
      </Body>
      {onRemove ? <Remove label={t.removePreview} icon={<CloseIcon size={14} />} size={28} onClick={onRemove} /> : null}
    </Root>
  );
});
