/** Sample pending files for stories and tests. */
import type { PendingAttachment } from '../../types';

/** An image as a data URL, so thumbnails need no network. */
export const samplePreview =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#4f8cff"/><circle cx="14" cy="14" r="6" fill="#fff"/></svg>',
  );

export const uploadingPhoto: PendingAttachment = {
  id: 'a1',
  name: 'beach-sunset.jpg',
  size: 2_400_000,
  type: 'image/jpeg',
  previewUrl: samplePreview,
  status: 'uploading',
  progress: 0.42,
};
export const uploadedPdf: PendingAttachment = {
  id: 'a2',
  name: 'quarterly-report-final-version-2.pdf',
  size: 512_000,
  type: 'application/pdf',
  status: 'uploaded',
};
export const failedNote: PendingAttachment = {
  id: 'a3',
  name: 'notes.txt',
  size: 1_200,
  type: 'text/plain',
  status: 'failed',
  error: 'The file is larger than 25 MB.',
};
export const uploadedSong: PendingAttachment = { id: 'a4', name: 'song.mp3', size: 4_800_000, type: 'audio/mpeg', status: 'uploaded' };
