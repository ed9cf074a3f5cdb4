/**
 * A fake microphone for tests and stories (jsdom and Storybook's test runner have no MediaRecorder,
 * getUserMedia or AudioContext): records nothing, emits a small chunk on request and on stop, and
 * remembers what was started and released so tests can assert it.
 */
import { useEffect, useRef, useState } from 'react';
import type { VoiceMedia } from './media';
import { VoiceRecorder, type VoiceRecorderProps } from './VoiceRecorder';

export interface FakeMediaOptions {
  /** getUserMedia rejects with a DOMException of this name (e.g. "NotAllowedError"). */
  fail?: string;
  /** Types MediaRecorder.isTypeSupported says yes to. */
  supported?: string[];
  /** Waveform amplitude the analyser reports, 0–1. */
  level?: number;
}

export interface FakeRecorder {
  mimeType: string;
  state: RecordingState;
  timeslice?: number;
  emit: (data?: Blob) => void;
}

export function createFakeMedia({ fail, supported = ['audio/webm;codecs=opus', 'audio/webm'], level = 0.3 }: FakeMediaOptions = {}) {
  const recorders: FakeRecorder[] = [];
  const tracks: { stopped: boolean }[] = [];
  const contexts: { closed: boolean }[] = [];
  const constraints: MediaStreamConstraints[] = [];

  class FakeMediaRecorder implements FakeRecorder {
    static isTypeSupported = (type: string) => supported.includes(type);
    mimeType: string;
    state: RecordingState = 'inactive';
    timeslice?: number;
    ondataavailable: ((event: { data: Blob }) => void) | null = null;
    onstop: (() => void) | null = null;
    constructor(_stream: MediaStream, options?: MediaRecorderOptions) {
      this.mimeType = options?.mimeType ?? 'audio/webm';
      recorders.push(this);
    }
    start(timeslice?: number) {
      this.state = 'recording';
      this.timeslice = timeslice;
    }
    emit(data: Blob = new Blob(['voice'], { type: this.mimeType })) {
      this.ondataavailable?.({ data });
    }
    stop() {
      if (this.state === 'inactive') return;
      this.state = 'inactive';
      queueMicrotask(() => {
        this.emit();
        this.onstop?.();
      });
    }
  }

  class FakeAudioContext {
    closed = false;
    constructor() {
      contexts.push(this);
    }
    createAnalyser() {
      return {
        fftSize: 32,
        getByteTimeDomainData: (buffer: Uint8Array) => buffer.forEach((_, i) => (buffer[i] = 128 + (i % 2 ? 1 : -1) * Math.round(level * 127))),
      };
    }
    createMediaStreamSource() {
      return { connect: () => {} };
    }
    close() {
      this.closed = true;
      return Promise.resolve();
    }
  }

  const media = {
    getUserMedia: (c: MediaStreamConstraints) => {
      constraints.push(c);
      if (fail) return Promise.reject(new DOMException('Permission', fail));
      const track = { stopped: false, stop: () => (track.stopped = true) };
      tracks.push(track);
      return Promise.resolve({ getTracks: () => [track] } as unknown as MediaStream);
    },
    MediaRecorder: FakeMediaRecorder as unknown as VoiceMedia['MediaRecorder'],
    AudioContext: FakeAudioContext as unknown as VoiceMedia['AudioContext'],
  } satisfies VoiceMedia;
  return { media, recorders, tracks, contexts, constraints };
}

/** A recorder on a fake microphone, clicked through to `step` after mounting (for stories). */
export function VoiceRecorderDemo({
  step = 'idle',
  fail,
  ...props
}: Partial<VoiceRecorderProps> & { step?: 'idle' | 'recording' | 'review'; fail?: string }) {
  const [fake] = useState(() => createFakeMedia({ fail }));
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (step === 'idle' && !fail) return;
    let clicked = '';
    // Presses the step's main button (record, then stop) once each as the recorder gets there.
    const timer = setInterval(() => {
      const phase = root.current?.dataset.state ?? '';
      const next = phase === 'idle' && !clicked ? 'idle' : phase === 'recording' && step === 'review' ? 'recording' : '';
      if (!next || clicked.includes(next)) return;
      clicked += next;
      root.current?.querySelector<HTMLButtonElement>('button[data-main]')?.click();
    }, 5);
    return () => clearInterval(timer);
  }, [step, fail]);
  return <VoiceRecorder ref={root} onRecorded={() => {}} media={fake.media} {...props} />;
}
