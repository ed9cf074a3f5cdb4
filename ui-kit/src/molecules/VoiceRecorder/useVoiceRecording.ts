import { useEffect, useRef, useState } from 'react';
import { browserMedia, errorKind, inputLevel, pickMimeType, voiceFileName, type VoiceMedia, type VoiceRecorderError } from './media';

export type VoiceRecordingState =
  | { phase: 'idle'; error?: VoiceRecorderError }
  | { phase: 'starting' }
  | { phase: 'recording'; elapsedMs: number; level: number }
  | { phase: 'review'; file: File; url?: string; durationMs: number };

interface Session {
  stream: MediaStream;
  recorder: MediaRecorder;
  audio?: AudioContext;
  timer?: ReturnType<typeof setInterval>;
  startedAt: number;
  durationMs?: number;
  cancelled: boolean;
}

const TICK_MS = 100;

/** jsdom and the server have no object URLs; the review then has no player source. */
const objectUrl = (blob: Blob) => (typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : undefined);

function release(session: Session) {
  clearInterval(session.timer);
  for (const track of session.stream.getTracks()) track.stop();
  session.audio?.close().catch(() => {});
}

/**
 * Recording with MediaRecorder, one take at a time: start → recording (elapsed time and input
 * level every 100 ms; stops by itself at `maxDurationMs`) → review (a File) → idle. The microphone
 * and the AudioContext are released as soon as recording stops, is cancelled, or the owner unmounts.
 */
export function useVoiceRecording(media: VoiceMedia | undefined, maxDurationMs: number) {
  const [state, setState] = useState<VoiceRecordingState>({ phase: 'idle' });
  const session = useRef<Session | null>(null);
  const reviewUrl = useRef<string | undefined>(undefined);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const current = session.current;
      session.current = null;
      if (current) {
        current.cancelled = true;
        if (current.recorder.state !== 'inactive') current.recorder.stop();
        release(current);
      }
      if (reviewUrl.current) URL.revokeObjectURL(reviewUrl.current);
    };
  }, []);

  const finish = (cancelled: boolean) => {
    const current = session.current;
    if (!current) return;
    clearInterval(current.timer);
    current.cancelled = cancelled;
    current.durationMs = Math.min(maxDurationMs, Date.now() - current.startedAt);
    if (current.recorder.state !== 'inactive') current.recorder.stop();
  };

  const start = async () => {
    const api = media ?? browserMedia();
    if (!api) {
      setState({ phase: 'idle', error: 'unavailable' });
      return;
    }
    setState({ phase: 'starting' });
    let stream: MediaStream;
    try {
      stream = await api.getUserMedia({ audio: true });
    } catch (error) {
      if (mounted.current) setState({ phase: 'idle', error: errorKind(error) });
      return;
    }
    const mimeType = pickMimeType(api.MediaRecorder);
    let recorder: MediaRecorder;
    try {
      if (!mounted.current) throw new Error('unmounted');
      recorder = new api.MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    } catch {
      for (const track of stream.getTracks()) track.stop();
      if (mounted.current) setState({ phase: 'idle', error: 'unavailable' });
      return;
    }
    const current: Session = { stream, recorder, startedAt: Date.now(), cancelled: false };
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onstop = () => {
      release(current);
      if (session.current === current) session.current = null;
      if (!mounted.current) return;
      if (current.cancelled) {
        setState({ phase: 'idle' });
        return;
      }
      const type = recorder.mimeType || mimeType || 'audio/webm';
      const file = new File(chunks, voiceFileName(new Date(current.startedAt), type), { type });
      const url = objectUrl(file);
      reviewUrl.current = url;
      setState({ phase: 'review', file, url, durationMs: current.durationMs ?? Date.now() - current.startedAt });
    };

    let analyser: AnalyserNode | undefined;
    try {
      if (api.AudioContext) {
        current.audio = new api.AudioContext();
        analyser = current.audio.createAnalyser();
        analyser.fftSize = 512;
        current.audio.createMediaStreamSource(stream).connect(analyser);
      }
    } catch {
      analyser = undefined;
    }
    const buffer = new Uint8Array(analyser?.fftSize ?? 0);
    current.timer = setInterval(() => {
      const elapsedMs = Date.now() - current.startedAt;
      if (elapsedMs >= maxDurationMs) {
        finish(false);
        return;
      }
      setState({ phase: 'recording', elapsedMs, level: analyser ? inputLevel(analyser, buffer) : 0 });
    }, TICK_MS);
    session.current = current;
    recorder.start(1000);
    setState({ phase: 'recording', elapsedMs: 0, level: 0 });
  };

  const clearReview = () => {
    if (reviewUrl.current) URL.revokeObjectURL(reviewUrl.current);
    reviewUrl.current = undefined;
    setState({ phase: 'idle' });
  };

  return {
    state,
    start: () => void start(),
    stop: () => finish(false),
    cancel: () => finish(true),
    clearReview,
  };
}
