import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import type { MessageAttachment } from '../../types';
import { AudioPlayer } from './AudioPlayer';
import { FileCard } from './FileCard';
import { ImageGrid } from './ImageGrid';
import { isImage, PART_GAP } from './layout';
import { useReportOnce } from './useReportOnce';

export interface MessageAttachmentsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onError'> {
  attachments: readonly MessageAttachment[];
  /** An image thumbnail was activated: its index among the message's images (for ImageViewer). */
  onOpenImage?: (index: number) => void;
  /** An image or audio URL failed to load (e.g. an expired signed URL): once per attachment and URL. */
  onAttachmentError?: (attachment: MessageAttachment) => void;
}

const Parts = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${PART_GAP}px;
  max-width: 100%;
`;

/**
 * A message's attachments: its images as thumbnails (one, two side by side, or a 2×2 grid with
 * "+N"), then each file as a card and each voice message as a player, in the order sent. Every
 * image reserves its box before it loads, so a list does not jump.
 */
export const MessageAttachments = forwardRef<HTMLDivElement, MessageAttachmentsProps>(function MessageAttachments(
  { attachments, onOpenImage, onAttachmentError, ...rest },
  ref,
) {
  const report = useReportOnce(onAttachmentError);
  const images = attachments.filter(isImage);
  return (
    <Parts ref={ref} data-attachments={attachments.length} {...rest}>
      {images.length ? <ImageGrid images={images} onOpenImage={onOpenImage} onError={report} /> : null}
      {attachments.map((a) =>
        a.kind === 'audio' ? <AudioPlayer key={a.id} audio={a} onError={report} /> : a.kind === 'file' ? <FileCard key={a.id} file={a} /> : null,
      )}
    </Parts>
  );
});
