import { useRef, useState, type SyntheticEvent } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import type { MessageAttachment } from '../../types';
import { PauseIcon, PlayIcon } from '../../utils/icons';
import { color, focusRing, fontSize, radius, space } from '../../utils/theme';
import { formatDuration } from '../../utils/formatDuration';
import { AUDIO_HEIGHT } from './layout';

export interface AudioPlayerProps {
  audio: MessageAttachment;
  onError: (attachment: MessageAttachment, url: string) => void;
}

const Player = styled.div`
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  box-sizing: border-box;
  height: ${AUDIO_HEIGHT}px;
  width: min(280px, 100%);
  font-size: ${fontSize('xs')};
  font-variant-numeric: tabular-nums;
`;

const Toggle = styled.button`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  flex: none;
  width: 36px;
  height: 36px;
  padding: 0;
  border: 0;
  border-radius: ${radius('round')};
  background: ${color('primary')};
  color: ${color('onPrimary')};
  cursor: pointer;
  ${focusRing}
`;

const Seek = styled.input`
  flex: 1;
  min-width: 0;
  accent-color: currentColor;
  ${focusRing}
`;

/** Only one voice message plays at a time: starting one pauses the one before. */
let playing: HTMLAudioElement | null = null;

/** A voice message: play/pause, position and duration (m:ss), a seek slider. */
export function AudioPlayer({ audio, onError }: AudioPlayerProps) {
  const { messages: t, locale } = useKitLocale();
  const ref = useRef<HTMLAudioElement>(null);
  const [isPlaying, setPlaying] = useState(false);
  const [position, setPosition] = useState(0);
  const [metaDuration, setMetaDuration] = useState<number | null>(null);
  const duration = audio.duration_ms ?? metaDuration ?? 0;
  const toggle = () => {
    const el = ref.current;
    if (!el) return;
    if (el.paused) {
      // A refused play (autoplay policy, a dead URL) stays paused; the error event reports the URL.
      Promise.resolve(el.play()).catch(() => setPlaying(false));
    } else el.pause();
  };
  const onPlay = (event: SyntheticEvent<HTMLAudioElement>) => {
    if (playing && playing !== event.currentTarget) playing.pause();
    playing = event.currentTarget;
    setPlaying(true);
  };
  const onStop = (event: SyntheticEvent<HTMLAudioElement>) => {
    if (playing === event.currentTarget) playing = null;
    setPlaying(false);
  };
  const readDuration = (event: SyntheticEvent<HTMLAudioElement>) => {
    const seconds = event.currentTarget.duration;
    setMetaDuration(Number.isFinite(seconds) ? seconds * 1000 : 0);
  };
  const positionText = formatDuration(position, locale);
  const durationText = formatDuration(duration, locale);
  return (
    <Player data-kind="audio" data-playing={isPlaying} data-loaded={metaDuration !== null}>
      <Toggle type="button" aria-label={isPlaying ? t.pauseVoice : t.playVoice} onClick={toggle}>
        {isPlaying ? <PauseIcon size={16} /> : <PlayIcon size={16} />}
      </Toggle>
      <Seek
        type="range"
        aria-label={t.playbackPosition}
        aria-valuetext={t.playbackTime(positionText, durationText)}
        min={0}
        max={Math.max(duration, 1)}
        step={100}
        value={Math.min(position, Math.max(duration, 1))}
        onChange={(event) => {
          const ms = Number(event.currentTarget.value);
          setPosition(ms);
          if (ref.current) ref.current.currentTime = ms / 1000;
        }}
      />
      <span aria-hidden="true">{duration > 0 ? `${positionText} / ${durationText}` : positionText}</span>
      {/* eslint-disable-next-line jsx-a11y/media-has-caption -- a voice note has no caption track (no transcript yet); it is never shown */}
      <audio
        ref={ref}
        src={audio.url}
        preload="metadata"
        onPlay={onPlay}
        onPause={onStop}
        onEnded={onStop}
        onTimeUpdate={(event) => setPosition(event.currentTarget.currentTime * 1000)}
        onLoadedMetadata={readDuration}
        // A recording from MediaRecorder (WebM) states no length: the browser learns it while playing.
        onDurationChange={readDuration}
        onError={() => onError(audio, audio.url)}
      />
    </Player>
  );
}
