/** The square of the picture that becomes the avatar, in the image's own pixels. */
export interface CropSquare {
  x: number;
  y: number;
  side: number;
}

export const MAX_ZOOM = 3;

/** The square at `zoom` (1 = the largest that fits) centred on (cx, cy), kept inside the image. */
export function cropSquare(width: number, height: number, zoom: number, cx: number, cy: number): CropSquare {
  const side = Math.min(width, height) / Math.min(MAX_ZOOM, Math.max(1, zoom));
  const x = Math.min(width - side, Math.max(0, cx - side / 2));
  const y = Math.min(height - side, Math.max(0, cy - side / 2));
  return { x, y, side };
}

/** The centre of a square (where the next move starts from). */
export const centreOf = (square: CropSquare) => ({ cx: square.x + square.side / 2, cy: square.y + square.side / 2 });

/** Draws the square into a canvas of `out` px and encodes it; the server makes its own renditions. */
export function cropToBlob(image: CanvasImageSource, square: CropSquare, out = 512): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = out;
  canvas.height = out;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('No canvas'));
  context.drawImage(image, square.x, square.y, square.side, square.side, 0, 0, out, out);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No image'))), 'image/png'));
}
