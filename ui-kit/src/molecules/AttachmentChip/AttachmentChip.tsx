import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { IconButton } from '../../atoms/IconButton/IconButton';
import { useKitLocale } from '../../locale/useKitLocale';
import type { PendingAttachment } from '../../types';
import { CloseIcon, FileIcon, ImageIcon, MicIcon, RetryIcon } from '../../utils/icons';
import { base, color, fontSize, radius, space } from '../../utils/theme';
import { formatBytes } from '../../utils/formatBytes';

export interface AttachmentChipProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  attachment: PendingAttachment;
  /** Shows "Remove <name>". */
  onRemove?: (id: string) => void;
  /** Shows "Retry <name>" while the upload has failed. */
  onRetry?: (id: string) => void;
}

const Root = styled.div`
  ${base}
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  inline-size: 240px;
  max-inline-size: 100%;
  padding: ${space('xs')};
  border: 1px solid ${color('border')};
  border-radius: ${radius('md')};
  background: ${color('background')};
  &[data-status='failed'] {
    border-color: ${color('danger')};
  }
`;

const Thumb = styled.div`
  flex: none;
  display: flex;
  align-items: center;
  justify-content: center;
  inline-size: 40px;
  block-size: 40px;
  overflow: hidden;
  border-radius: ${radius('sm')};
  background: ${color('surfaceAlt')};
  color: ${color('textMuted')};
  & img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
`;

const Body = styled.div`
  flex: 1;
  min-inline-size: 0;
  display: flex;
  flex-direction: column;
  gap: ${space('xxs')};
  font-size: ${fontSize('sm')};
`;

const Name = styled.span`
  overflow: hidden;
  white-space: nowrap;
  text-overflow: ellipsis;
`;

const Meta = styled.span`
  font-size: ${fontSize('xs')};
  color: ${color('textMuted')};
  [data-status='failed'] > div > & {
    color: ${color('danger')};
  }
`;

const Track = styled.div`
  block-size: 4px;
  border-radius: ${radius('round')};
  background: ${color('surfaceAlt')};
  overflow: hidden;
  & > div {
    block-size: 100%;
    background: ${color('primary')};
  }
`;

function KindIcon({ type }: { type: string }) {
  if (type.startsWith('image/')) return <ImageIcon size={20} />;
  if (type.startsWith('audio/')) return <MicIcon size={20} />;
  return <FileIcon size={20} />;
}

/**
 * A file picked for a message, before it is sent: a thumbnail (images with `previewUrl`) or an icon
 * by type, the name (cut short on screen, whole for assistive technology), the size, an upload
 * progress bar while `uploading`, and the error with "Retry <name>" once `failed`.
 */
export const AttachmentChip = forwardRef<HTMLDivElement, AttachmentChipProps>(function AttachmentChip(
  { attachment, onRemove, onRetry, ...rest },
  ref,
) {
  const { messages: t, locale } = useKitLocale();
  const { id, name, size, type, previewUrl, status, progress, error } = attachment;
  const percent = progress === undefined ? undefined : Math.round(Math.min(1, Math.max(0, progress)) * 100);
  return (
    <Root ref={ref} data-status={status} data-kind={type.split('/')[0]} {...rest}>
      <Thumb>{previewUrl && type.startsWith('image/') ? <img src={previewUrl} alt="" /> : <KindIcon type={type} />}</Thumb>
      <Body>
        <Name title={name} dir="auto">
          {name}
        </Name>
        {status === 'failed' ? <Meta>{error ?? t.uploadFailed}</Meta> : <Meta>{formatBytes(size, locale)}</Meta>}
        {status === 'uploading' ? (
          <Track role="progressbar" aria-label={t.uploadingAttachment(name)} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
            <div style={{ inlineSize: `${percent ?? 0}%` }} />
          </Track>
        ) : null}
      </Body>
      {status === 'failed' && onRetry ? (
        <IconButton size={28} label={t.retryAttachment(name)} icon={<RetryIcon size={16} />} onClick={() => onRetry(id)} />
      ) : null}
      {onRemove ? <IconButton size={28} label={t.removeAttachment(name)} icon={<CloseIcon size={16} />} onClick={() => onRemove(id)} /> : null}
    </Root>
  );
});
