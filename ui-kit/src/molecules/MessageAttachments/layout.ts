import type { MessageAttachment } from '../../types';

/** The largest box a single image takes in a bubble, and the box of one of unknown size. */
export const IMAGE_MAX_WIDTH = 280;
export const IMAGE_MAX_HEIGHT = 320;
const UNKNOWN = { width: 240, height: 180 };
/** A cell of a grid of several images (square). */
export const GRID_CELL = 138;
export const GRID_GAP = 4;
export const FILE_CARD_HEIGHT = 56;
export const AUDIO_HEIGHT = 48;
export const PART_GAP = 6;

export const isImage = (a: MessageAttachment) => a.kind === 'image';

/**
 * The box a single image reserves before it loads: its own aspect ratio, scaled down to fit
 * IMAGE_MAX_WIDTH × IMAGE_MAX_HEIGHT (never up), or a 4:3 box when the size is unknown.
 */
export function imageBox({ width, height }: Pick<MessageAttachment, 'width' | 'height'>): { width: number; height: number } {
  if (!width || !height || width <= 0 || height <= 0) return UNKNOWN;
  const scale = Math.min(1, IMAGE_MAX_WIDTH / width, IMAGE_MAX_HEIGHT / height);
  return { width: Math.max(48, Math.round(width * scale)), height: Math.max(48, Math.round(height * scale)) };
}

/** How many grid cells are shown for `count` images (at most four; the last says "+N"). */
export const gridCells = (count: number) => Math.min(count, 4);

/** The reserved height of a message's images: one image's box, one row of two, or a 2×2 grid. */
export function imagesHeight(images: readonly MessageAttachment[]): number {
  const [first] = images;
  if (!first) return 0;
  if (images.length === 1) return imageBox(first).height;
  return images.length === 2 ? GRID_CELL : GRID_CELL * 2 + GRID_GAP;
}

/** What a message's attachments add to its row's height, from the boxes they reserve: for the list's first guess. */
export function attachmentsHeight(attachments: readonly MessageAttachment[] | undefined): number {
  if (!attachments?.length) return 0;
  const images = attachments.filter(isImage);
  const parts = [images.length ? imagesHeight(images) : 0];
  for (const a of attachments) {
    if (a.kind === 'audio') parts.push(AUDIO_HEIGHT);
    else if (a.kind === 'file') parts.push(FILE_CARD_HEIGHT);
  }
  const shown = parts.filter((h) => h > 0);
  return shown.reduce((sum, h) => sum + h, 0) + PART_GAP * shown.length;
}
