/**
 * Stand-in cameras for stories: a canvas with a moving gradient and a name, captured as a
 * MediaStream where the browser can (`captureStream`). jsdom cannot, so tests get no stream and
 * the tiles show avatars.
 */
import { useEffect, useState } from 'react';
import { CallTile, type CallTileProps } from './CallTile';

const WIDTH = 640;
const HEIGHT = 360;

function paintedStream(label: string, hue: number): { stream: MediaStream; stop: () => void } | undefined {
  if (typeof HTMLCanvasElement === 'undefined' || !('captureStream' in HTMLCanvasElement.prototype)) return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  let frame = 0;
  const paint = (time: number) => {
    const shift = (time / 40) % 360;
    const gradient = context.createLinearGradient(0, 0, WIDTH, HEIGHT);
    gradient.addColorStop(0, `hsl(${(hue + shift) % 360} 70% 45%)`);
    gradient.addColorStop(1, `hsl(${(hue + shift + 60) % 360} 70% 25%)`);
    context.fillStyle = gradient;
    context.fillRect(0, 0, WIDTH, HEIGHT);
    context.fillStyle = '#fff';
    context.font = '600 44px system-ui, sans-serif';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(label, WIDTH / 2, HEIGHT / 2);
    frame = requestAnimationFrame(paint);
  };
  frame = requestAnimationFrame(paint);
  const stream = canvas.captureStream(30);
  return {
    stream,
    stop: () => {
      cancelAnimationFrame(frame);
      for (const track of stream.getTracks()) track.stop();
    },
  };
}

/** One painted stream per label (undefined where the browser cannot capture a canvas). */
export function useDemoStreams(labels: readonly string[]): (MediaStream | undefined)[] {
  const key = labels.join('\u0000');
  const [streams, setStreams] = useState<(MediaStream | undefined)[]>([]);
  useEffect(() => {
    const painted = key.split('\u0000').map((label, i) => paintedStream(label, (i * 97 + 200) % 360));
    // Handed over once the first frame is painted, so a tile never starts on a blank video.
    const ready = requestAnimationFrame(() => setStreams(painted.map((p) => p?.stream)));
    return () => {
      cancelAnimationFrame(ready);
      for (const p of painted) p?.stop();
    };
  }, [key]);
  return streams;
}

/** A CallTile fed by a painted stream, for stories. */
export function DemoCallTile({ withVideo = true, ...props }: CallTileProps & { withVideo?: boolean }) {
  const [stream] = useDemoStreams([props.name]);
  return <CallTile stream={withVideo ? stream : undefined} {...props} />;
}
