import type { MessageAttachment } from '../../types';

/** Which icon a file card shows. */
export type FileType = 'pdf' | 'archive' | 'text' | 'other';

const ARCHIVE = /(zip|x-tar|gzip|x-7z|x-rar|vnd\.rar|x-bzip2|x-xz)/;
const ARCHIVE_EXT = /\.(zip|tar|gz|tgz|7z|rar|bz2|xz)$/i;
const TEXT_EXT = /\.(txt|md|csv|json|log)$/i;

/** From the server's content type (decided from the bytes), with the name's extension as a fallback. */
export function fileType({ content_type: type, name }: Pick<MessageAttachment, 'content_type' | 'name'>): FileType {
  if (type === 'application/pdf' || /\.pdf$/i.test(name)) return 'pdf';
  if (ARCHIVE.test(type) || ARCHIVE_EXT.test(name)) return 'archive';
  if (type.startsWith('text/') || type === 'application/json' || TEXT_EXT.test(name)) return 'text';
  return 'other';
}
