import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import { color, focusRing, fontSize, space } from '../../utils/theme';
import { centreOf, cropSquare, MAX_ZOOM, type CropSquare } from './crop';

export interface PickedImage {
  /** A URL the browser can show (a blob URL of the chosen file). */
  src: string;
  width: number;
  height: number;
}

export interface CropState {
  zoom: number;
  cx: number;
  cy: number;
}

const FRAME = 160;

const Frame = styled.div`
  position: relative;
  width: ${FRAME}px;
  height: ${FRAME}px;
  overflow: hidden;
  border-radius: 50%;
  background: ${color('surfaceSelected')};
  cursor: grab;
  touch-action: none;
  /* A crop is measured from the picture's own top-left corner, whatever the page's direction. */
  direction: ltr;
  ${focusRing}
  img {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    max-width: none;
    pointer-events: none;
    user-select: none;
  }
`;

const Zoom = styled.label`
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  font-size: ${fontSize('sm')};
`;

interface AvatarCropperProps {
  image: PickedImage;
  crop: CropState;
  onCrop: (crop: CropState) => void;
}

/** The chosen picture in a round frame over the square that will be kept: drag, arrow keys, or zoom. */
export function AvatarCropper({ image, crop, onCrop }: AvatarCropperProps) {
  const { messages: t } = useKitLocale();
  const square = cropSquare(image.width, image.height, crop.zoom, crop.cx, crop.cy);
  const scale = FRAME / square.side;
  const drag = useRef<{ x: number; y: number; square: CropSquare } | null>(null);

  const moveTo = (from: CropSquare, dx: number, dy: number, zoom = crop.zoom) => {
    const { cx, cy } = centreOf(from);
    const next = cropSquare(image.width, image.height, zoom, cx + dx, cy + dy);
    onCrop({ zoom, ...centreOf(next) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = square.side / 10;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    moveTo(square, move[0], move[1]);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, square };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    // Dragging the picture one way moves the kept square the other.
    const ratio = start.square.side / FRAME;
    moveTo(start.square, -(event.clientX - start.x) * ratio, -(event.clientY - start.y) * ratio);
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <>
      <Frame
        role="img"
        aria-label={t.picturePosition}
        tabIndex={0}
        data-crop={`${Math.round(square.x)},${Math.round(square.y)},${Math.round(square.side)}`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <img
          src={image.src}
          alt=""
          draggable={false}
          style={{
            width: image.width * scale,
            height: image.height * scale,
            transform: `translate(${-square.x * scale}px, ${-square.y * scale}px)`,
          }}
        />
      </Frame>
      <Zoom>
        {t.pictureZoom}
        <input
          type="range"
          min={1}
          max={MAX_ZOOM}
          step={0.1}
          value={crop.zoom}
          onChange={(event) => moveTo(square, 0, 0, Number(event.currentTarget.value))}
        />
      </Zoom>
    </>
  );
}
