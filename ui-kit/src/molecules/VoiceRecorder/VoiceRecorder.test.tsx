import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { composeStories } from '@storybook/react';
import { createFakeMedia } from './VoiceRecorder.demo';
import * as stories from './VoiceRecorder.stories';
import { VoiceRecorder } from './VoiceRecorder';
import { formatDuration } from '../../utils/formatDuration';
import { errorKind, pickMimeType, voiceFileName } from './media';

const { Review } = composeStories(stories);

describe('VoiceRecorder', () => {
  afterEach(() => jest.useRealTimers());

  it('records, shows elapsed time and the input level, and keeps the take for review on Stop', async () => {
    jest.useFakeTimers({ now: new Date(2026, 11, 1, 14, 30, 5) });
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    const fake = createFakeMedia({ level: 0.3 });
    const onRecorded = jest.fn();
    render(<VoiceRecorder onRecorded={onRecorded} media={fake.media} />);
    await user.click(screen.getByRole('button', { name: 'Record voice message' }));
    expect(await screen.findByRole('button', { name: 'Stop recording' })).toHaveFocus();
    expect(fake.constraints).toEqual([{ audio: true }]);
    expect(fake.recorders[0]?.mimeType).toBe('audio/webm;codecs=opus');
    act(() => jest.advanceTimersByTime(5200));
    expect(screen.getByText('0:05')).toBeInTheDocument();
    const meter = screen.getByRole('meter', { name: 'Input level' });
    expect(Number(meter.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    act(() => fake.recorders[0]?.emit());

    await user.click(screen.getByRole('button', { name: 'Stop recording' }));
    expect(await screen.findByLabelText('Voice message')).toBeInstanceOf(HTMLAudioElement);
    expect(fake.tracks.every((t) => t.stopped)).toBe(true);
    expect(fake.contexts.every((c) => c.closed)).toBe(true);
    expect(screen.getByText('0:05')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send voice message' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Send voice message' }));
    expect(onRecorded).toHaveBeenCalledTimes(1);
    const [file, durationMs] = onRecorded.mock.calls[0] as [File, number];
    expect(file.name).toBe('voice-message-2026-12-01-143005.webm');
    expect(file.type).toBe('audio/webm;codecs=opus');
    expect(file.size).toBe('voicevoice'.length);
    expect(durationMs).toBeGreaterThanOrEqual(5000);
    expect(screen.getByRole('button', { name: 'Record voice message' })).toHaveFocus();
  });

  it('Cancel recording drops the take and releases the microphone', async () => {
    const fake = createFakeMedia();
    const onRecorded = jest.fn();
    render(<VoiceRecorder onRecorded={onRecorded} media={fake.media} />);
    await userEvent.click(screen.getByRole('button', { name: 'Record voice message' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel recording' }));
    expect(await screen.findByRole('button', { name: 'Record voice message' })).toHaveFocus();
    expect(screen.queryByLabelText('Voice message')).toBeNull();
    expect(fake.tracks[0]?.stopped).toBe(true);
    expect(onRecorded).not.toHaveBeenCalled();
  });

  it('Delete voice message drops a reviewed take', async () => {
    render(<Review />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete voice message' }));
    expect(screen.getByRole('button', { name: 'Record voice message' })).toBeEnabled();
    expect(screen.queryByLabelText('Voice message')).toBeNull();
  });

  it('stops by itself at maxDurationMs and keeps the take', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    const fake = createFakeMedia();
    render(<VoiceRecorder onRecorded={() => {}} media={fake.media} maxDurationMs={2000} />);
    await user.click(screen.getByRole('button', { name: 'Record voice message' }));
    await act(async () => {
      jest.advanceTimersByTime(2100);
      await Promise.resolve();
    });
    expect(await screen.findByLabelText('Voice message')).toBeInTheDocument();
    expect(screen.getByText('0:02')).toBeInTheDocument();
    expect(fake.tracks[0]?.stopped).toBe(true);
  });

  it.each([
    ['NotAllowedError', /Microphone access was refused/],
    ['NotFoundError', /No microphone was found/],
  ])('says so when getUserMedia fails with %s, and the button stays usable', async (name, message) => {
    const fake = createFakeMedia({ fail: name });
    render(<VoiceRecorder onRecorded={() => {}} media={fake.media} />);
    await userEvent.click(screen.getByRole('button', { name: 'Record voice message' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    const button = screen.getByRole('button', { name: 'Record voice message' });
    expect(button).toBeEnabled();
    await userEvent.click(button);
    expect(fake.constraints).toHaveLength(2);
  });

  it('says recording is unavailable where the browser has no MediaRecorder (jsdom)', async () => {
    render(<VoiceRecorder onRecorded={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Record voice message' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Recording is not available in this browser.');
  });

  it('releases the microphone when unmounted while recording', async () => {
    const fake = createFakeMedia();
    const { unmount } = render(<VoiceRecorder onRecorded={() => {}} media={fake.media} />);
    await userEvent.click(screen.getByRole('button', { name: 'Record voice message' }));
    unmount();
    expect(fake.tracks[0]?.stopped).toBe(true);
    expect(fake.contexts[0]?.closed).toBe(true);
  });
});

describe('voice helpers', () => {
  it('prefers Opus in WebM, else what MediaRecorder supports', () => {
    expect(pickMimeType(createFakeMedia().media.MediaRecorder)).toBe('audio/webm;codecs=opus');
    expect(pickMimeType(createFakeMedia({ supported: ['audio/mp4'] }).media.MediaRecorder)).toBe('audio/mp4');
    expect(pickMimeType(createFakeMedia({ supported: [] }).media.MediaRecorder)).toBeUndefined();
  });

  it('names files by the local start time and the type', () => {
    expect(voiceFileName(new Date(2026, 0, 2, 3, 4, 5), 'audio/webm;codecs=opus')).toBe('voice-message-2026-01-02-030405.webm');
    expect(voiceFileName(new Date(2026, 0, 2, 3, 4, 5), 'audio/mp4')).toBe('voice-message-2026-01-02-030405.m4a');
  });

  it('maps getUserMedia errors', () => {
    expect(errorKind(new DOMException('x', 'NotAllowedError'))).toBe('denied');
    expect(errorKind(new DOMException('x', 'NotFoundError'))).toBe('missing');
    expect(errorKind(new Error('boom'))).toBe('unavailable');
  });

  it('formats m:ss in the locale', () => {
    expect(formatDuration(65_400, 'en')).toBe('1:05');
    expect(formatDuration(5_000, 'ar-EG')).toBe('٠:٠٥');
  });
});
