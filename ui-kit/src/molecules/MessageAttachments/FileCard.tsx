import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import type { MessageAttachment } from '../../types';
import { formatBytes } from '../../utils/formatBytes';
import { ArchiveIcon, DownloadIcon, FileIcon, FilePdfIcon, FileTextIcon } from '../../utils/icons';
import { color, focusRing, fontSize, fontWeight, radius, space } from '../../utils/theme';
import { fileType, type FileType } from './fileType';
import { FILE_CARD_HEIGHT } from './layout';

const icons: Record<FileType, ReactNode> = {
  pdf: <FilePdfIcon size={24} />,
  archive: <ArchiveIcon size={24} />,
  text: <FileTextIcon size={24} />,
  other: <FileIcon size={24} />,
};

const Card = styled.div`
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  box-sizing: border-box;
  height: ${FILE_CARD_HEIGHT}px;
  width: min(280px, 100%);
  padding: 0 ${space('sm')};
  border: 1px solid ${color('border')};
  border-radius: ${radius('md')};
  background: ${color('surface')};
  color: ${color('text')};
`;

const Info = styled.div`
  display: flex;
  flex-direction: column;
  flex: 1;
  min-width: 0;
`;

const Name = styled.span`
  overflow: hidden;
  white-space: nowrap;
  text-overflow: ellipsis;
  font-size: ${fontSize('sm')};
  font-weight: ${fontWeight('medium')};
`;

const Size = styled.span`
  font-size: ${fontSize('xs')};
  color: ${color('textMuted')};
`;

const Download = styled.a`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 36px;
  height: 36px;
  flex: none;
  border-radius: ${radius('round')};
  color: ${color('primary')};
  &:hover {
    background: ${color('surfaceAlt')};
  }
  ${focusRing}
`;

/** A file as a card: an icon by type, the name (cut with an ellipsis, whole in `title` and to screen readers), size, download. */
export function FileCard({ file }: { file: MessageAttachment }) {
  const { messages: t, locale } = useKitLocale();
  const type = fileType(file);
  return (
    <Card data-kind="file" data-file-type={type}>
      {icons[type]}
      <Info>
        <Name dir="auto" title={file.name}>
          {file.name}
        </Name>
        <Size>{formatBytes(file.size, locale)}</Size>
      </Info>
      <Download href={file.url} download={file.name} aria-label={t.downloadFile(file.name)}>
        <DownloadIcon size={20} />
      </Download>
    </Card>
  );
}
