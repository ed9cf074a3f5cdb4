/** The parts of the browser's media APIs a VoiceRecorder uses: the browser's own by default. */
export interface VoiceMedia {
  getUserMedia: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  MediaRecorder: {
    new (stream: MediaStream, options?: MediaRecorderOptions): MediaRecorder;
    isTypeSupported: (type: string) => boolean;
  };
  /** For the level meter; without it the meter stays at zero. */
  AudioContext?: new () => AudioContext;
}

/** Why recording could not start. */
export type VoiceRecorderError = 'denied' | 'missing' | 'unavailable';

/** The browser's media APIs, or undefined where they are missing (the server, old browsers, http pages). */
export function browserMedia(): VoiceMedia | undefined {
  if (typeof window === 'undefined' || typeof window.MediaRecorder === 'undefined') return undefined;
  const devices = typeof navigator === 'undefined' ? undefined : (navigator.mediaDevices as MediaDevices | undefined);
  if (!devices) return undefined;
  return {
    getUserMedia: (constraints) => devices.getUserMedia(constraints),
    MediaRecorder: window.MediaRecorder,
    AudioContext: typeof window.AudioContext === 'undefined' ? undefined : window.AudioContext,
  };
}

/** Opus in WebM where the browser records it (Chromium, Firefox), else the first type it supports. */
const preferredTypes = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

export function pickMimeType(recorder: VoiceMedia['MediaRecorder']): string | undefined {
  return preferredTypes.find((type) => recorder.isTypeSupported(type));
}

export function errorKind(error: unknown): VoiceRecorderError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  return 'unavailable';
}

const pad = (n: number) => String(n).padStart(2, '0');
const extensionOf = (type: string) => (type.includes('ogg') ? 'ogg' : type.includes('mp4') ? 'm4a' : 'webm');

/** "voice-message-2026-12-01-143005.webm", in local time. */
export function voiceFileName(at: Date, type: string): string {
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `voice-message-${day}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}.${extensionOf(type)}`;
}

/** Root-mean-square of the analyser's waveform, 0–1. */
export function inputLevel(analyser: AnalyserNode, buffer: Uint8Array<ArrayBuffer>): number {
  analyser.getByteTimeDomainData(buffer);
  let sum = 0;
  for (const v of buffer) sum += ((v - 128) / 128) ** 2;
  return Math.min(1, Math.sqrt(sum / buffer.length) * 3);
}
