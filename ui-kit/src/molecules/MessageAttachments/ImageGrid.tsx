import { useState } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import type { MessageAttachment } from '../../types';
import { color, focusRing, fontSize, fontWeight, radius } from '../../utils/theme';
import { GRID_CELL, GRID_GAP, gridCells, imageBox } from './layout';

export interface ImageGridProps {
  images: readonly MessageAttachment[];
  onOpenImage?: ((index: number) => void) | undefined;
  onError: (attachment: MessageAttachment, url: string) => void;
}

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(2, minmax(0, ${GRID_CELL}px));
  gap: ${GRID_GAP}px;
  max-width: 100%;
  &[data-count='1'] {
    grid-template-columns: minmax(0, auto);
  }
`;

const Thumb = styled.button`
  position: relative;
  display: block;
  max-width: 100%;
  padding: 0;
  border: 0;
  border-radius: ${radius('md')};
  overflow: hidden;
  background: ${color('surfaceAlt')};
  cursor: zoom-in;
  ${focusRing}
  img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  &[data-loaded='false'] img {
    opacity: 0;
  }
`;

const More = styled.span`
  position: absolute;
  inset: 0;
  display: flex;
  align-items: center;
  justify-content: center;
  background: ${color('overlay')};
  color: ${color('onPrimary')};
  font-size: ${fontSize('xl')};
  font-weight: ${fontWeight('bold')};
`;

interface ThumbnailProps {
  image: MessageAttachment;
  single: boolean;
  more: number;
  onOpen: () => void;
  onError: (attachment: MessageAttachment, url: string) => void;
}

/** One thumbnail: its box is reserved (CSS aspect-ratio) before the image loads, so nothing moves. */
function Thumbnail({ image, single, more, onOpen, onError }: ThumbnailProps) {
  const { messages: t } = useKitLocale();
  const src = image.thumbnail_url ?? image.url;
  // Per URL: a fresh URL from the app starts loading again.
  const [loaded, setLoaded] = useState<string | null>(null);
  const box = single ? imageBox(image) : null;
  return (
    <Thumb
      type="button"
      aria-label={t.openImage(image.name)}
      onClick={onOpen}
      data-kind="image"
      data-loaded={loaded === src}
      style={box ? { width: box.width, aspectRatio: `${box.width} / ${box.height}` } : { aspectRatio: '1' }}
    >
      <img src={src} alt={image.name} decoding="async" loading="lazy" onLoad={() => setLoaded(src)} onError={() => onError(image, src)} />
      {more > 0 ? <More aria-hidden="true">{t.moreImages(more)}</More> : null}
    </Thumb>
  );
}

/** A message's images: one in its own proportions, two side by side, more as 2×2 with "+N" on the last. */
export function ImageGrid({ images, onOpenImage, onError }: ImageGridProps) {
  const cells = gridCells(images.length);
  const shown = images.slice(0, cells);
  return (
    <Grid data-count={images.length}>
      {shown.map((image, index) => (
        <Thumbnail
          key={image.id}
          image={image}
          single={images.length === 1}
          more={index === cells - 1 ? images.length - cells : 0}
          onOpen={() => onOpenImage?.(index)}
          onError={onError}
        />
      ))}
    </Grid>
  );
}
