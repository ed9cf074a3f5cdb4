import { forwardRef, useCallback, useRef, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import { styled } from 'styled-components';
import { IconButton } from '../../atoms/IconButton/IconButton';
import { useKitLocale } from '../../locale/useKitLocale';
import { useReportOnce } from '../../molecules/MessageAttachments/useReportOnce';
import type { MessageAttachment } from '../../types';
import { assignRef } from '../../utils/ids';
import { ChevronIcon, CloseIcon, DownloadIcon } from '../../utils/icons';
import { takeEscape } from '../../utils/keys';
import { base, color, focusRing, fontSize, radius, space } from '../../utils/theme';
import { useControllableState } from '../../utils/useControllableState';
import { useReturnFocus } from '../../utils/useReturnFocus';
import { trapTab } from './focusTrap';

export interface ImageViewerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onError'> {
  /** The images to page through (a message's images). */
  images: readonly MessageAttachment[];
  /** The image shown (controlled); leave undefined to let the viewer keep it. */
  index?: number;
  /** The first image shown while uncontrolled. */
  defaultIndex?: number;
  onIndexChange?: (index: number) => void;
  open: boolean;
  /** Close or Escape: the owner sets `open` to false; focus goes back to what opened the viewer. */
  onClose: () => void;
  /** The full image failed to load (an expired URL?): once per attachment and URL. */
  onAttachmentError?: (attachment: MessageAttachment) => void;
}

const Backdrop = styled.div`
  ${base}
  position: fixed;
  inset: 0;
  z-index: 1000;
  display: flex;
  background: ${color('overlay')};
`;

const Dialog = styled.div`
  display: flex;
  flex-direction: column;
  flex: 1;
  min-width: 0;
  margin: ${space('md')};
  border-radius: ${radius('lg')};
  background: ${color('surface')};
  color: ${color('text')};
  ${focusRing}
`;

const Bar = styled.div`
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  padding: ${space('xs')} ${space('sm')};
`;

const Counter = styled.p`
  flex: 1;
  margin: 0;
  font-size: ${fontSize('sm')};
  color: ${color('textMuted')};
`;

const DownloadLink = styled.a`
  display: inline-flex;
  align-items: center;
  gap: ${space('xs')};
  min-height: 36px;
  padding: 0 ${space('sm')};
  border-radius: ${radius('md')};
  color: ${color('primary')};
  font-size: ${fontSize('sm')};
  ${focusRing}
`;

const Stage = styled.div`
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  flex: 1;
  min-height: 0;
  padding: ${space('sm')};
  img {
    flex: 1;
    min-width: 0;
    height: 100%;
    object-fit: contain;
  }
  /* Dimmed, not removed: focus stays on the button at either end. */
  [aria-disabled='true'] {
    opacity: 0.35;
    cursor: default;
  }
`;

const flipped = { transform: 'scaleX(-1)' };

/**
 * A message's images, full size, in a modal dialog named after the image shown: "Close",
 * "Previous image" / "Next image" (dimmed and inert at the ends; ←/→, mirrored right to left), "2 of 5"
 * announced, a download link, Escape closes. Focus moves in on open, Tab stays inside, and focus
 * returns to the control that opened it.
 */
export const ImageViewer = forwardRef<HTMLDivElement, ImageViewerProps>(function ImageViewer(
  { images, index: indexProp, defaultIndex = 0, onIndexChange, open, onClose, onAttachmentError, ...rest },
  ref,
) {
  const { messages: t, dir } = useKitLocale();
  const [rawIndex, setIndex] = useControllableState({ prop: indexProp, defaultProp: defaultIndex, onChange: onIndexChange });
  const report = useReportOnce(onAttachmentError);
  const returnFocus = useReturnFocus();
  const opener = useRef<HTMLElement | null>(null);
  const dialog = useRef<HTMLDivElement | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const dialogRef = useCallback(
    (node: HTMLDivElement | null) => {
      const closing = dialog.current;
      dialog.current = node;
      assignRef(ref, node);
      if (!node) {
        // Closed or unmounted by its owner (not through Close/Escape): focus still inside goes back too.
        const active = document.activeElement;
        if (closing && (active === document.body || closing.contains(active)) && opener.current?.isConnected) opener.current.focus();
        return;
      }
      // Still on the control that opened the viewer: where focus goes back to.
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && !node.contains(active) ? active : null;
      closeButton.current?.focus();
    },
    [ref],
  );

  const count = images.length;
  const index = Math.min(Math.max(rawIndex, 0), Math.max(count - 1, 0));
  const image = images[index];
  if (!open || !image) return null;

  const close = () => {
    returnFocus(opener);
    onClose();
  };
  const go = (step: number) => {
    const next = index + step;
    if (next >= 0 && next < count) setIndex(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (takeEscape(event)) close();
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      go((event.key === 'ArrowRight') === (dir !== 'rtl') ? 1 : -1);
    } else trapTab(event, dialog.current);
  };
  const atStart = index === 0;
  const atEnd = index === count - 1;

  return (
    <Backdrop data-open>
      <Dialog
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-label={image.name}
        tabIndex={-1}
        data-index={index}
        data-first={atStart || undefined}
        data-last={atEnd || undefined}
        onKeyDown={onKeyDown}
        {...rest}
      >
        <Bar>
          <Counter aria-live="polite">{t.imagePosition(index + 1, count)}</Counter>
          <DownloadLink href={image.url} download={image.name} aria-label={t.downloadFile(image.name)}>
            <DownloadIcon size={18} />
            {t.download}
          </DownloadLink>
          <IconButton ref={closeButton} label={t.closeViewer} icon={<CloseIcon size={20} />} onClick={close} />
        </Bar>
        <Stage>
          <IconButton
            label={t.previousImage}
            icon={<ChevronIcon size={24} style={dir === 'rtl' ? undefined : flipped} />}
            aria-disabled={atStart || undefined}
            onClick={() => go(-1)}
          />
          <img key={image.url} src={image.url} alt={image.name} onError={() => report(image, image.url)} />
          <IconButton
            label={t.nextImage}
            icon={<ChevronIcon size={24} style={dir === 'rtl' ? flipped : undefined} />}
            aria-disabled={atEnd || undefined}
            onClick={() => go(1)}
          />
        </Stage>
      </Dialog>
    </Backdrop>
  );
});
