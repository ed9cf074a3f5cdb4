import { forwardRef, useEffect, useRef, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { IconButton } from '../../atoms/IconButton/IconButton';
import { useKitLocale } from '../../locale/useKitLocale';
import { MicIcon, SendIcon, StopIcon, TrashIcon } from '../../utils/icons';
import { base, color, fontSize, radius, space } from '../../utils/theme';
import { assignRef } from '../../utils/ids';
import { VisuallyHidden } from '../../utils/VisuallyHidden';
import { formatDuration } from '../../utils/formatDuration';
import type { VoiceMedia } from './media';
import { useVoiceRecording } from './useVoiceRecording';

export type { VoiceMedia, VoiceRecorderError } from './media';

export interface VoiceRecorderProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Called on "Send voice message" with the recording and its length. */
  onRecorded: (file: File, durationMs: number) => void;
  /** Recording stops by itself after this long. Default 5 minutes. */
  maxDurationMs?: number;
  disabled?: boolean;
  /** The media APIs to record with: the browser's by default (tests and stories pass fakes). */
  media?: VoiceMedia;
}

const Root = styled.div`
  ${base}
  display: flex;
  align-items: center;
  flex-wrap: wrap;
  gap: ${space('xs')};
  min-inline-size: 0;
`;

const Elapsed = styled.span`
  font-size: ${fontSize('sm')};
  font-variant-numeric: tabular-nums;
  &[data-live]::before {
    content: '';
    display: inline-block;
    inline-size: 8px;
    block-size: 8px;
    margin-inline-end: ${space('xs')};
    border-radius: ${radius('round')};
    background: ${color('danger')};
  }
`;

const Meter = styled.div`
  inline-size: 64px;
  block-size: 6px;
  border-radius: ${radius('round')};
  background: ${color('surfaceAlt')};
  overflow: hidden;
  & > div {
    block-size: 100%;
    background: ${color('success')};
  }
`;

const Player = styled.audio`
  block-size: 36px;
  max-inline-size: 220px;
`;

const Alert = styled.p`
  margin: 0;
  font-size: ${fontSize('sm')};
  color: ${color('danger')};
`;

/**
 * Records a voice message: "Record voice message" asks for the microphone and records
 * (elapsed time, input level meter); "Stop recording" keeps the take for review (a player, its
 * length, "Send voice message", "Delete voice message"); "Cancel recording" drops it. A refused or
 * missing microphone is said in an alert, and the record button stays usable to try again.
 */
export const VoiceRecorder = forwardRef<HTMLDivElement, VoiceRecorderProps>(function VoiceRecorder(
  { onRecorded, maxDurationMs = 5 * 60_000, disabled = false, media, ...rest },
  ref,
) {
  const { messages: t, locale } = useKitLocale();
  const { state, start, stop, cancel, clearReview } = useVoiceRecording(media, maxDurationMs);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const lastPhase = useRef(state.phase);

  // The button pressed goes away with each step: focus follows to the next step's main button.
  useEffect(() => {
    if (lastPhase.current === state.phase) return;
    lastPhase.current = state.phase;
    const root = rootRef.current;
    if (!root || state.phase === 'starting') return;
    // Only when focus was on the step that went away, not when it is elsewhere (the text field).
    const active = document.activeElement;
    if (active && active !== document.body && !root.contains(active)) return;
    root.querySelector<HTMLElement>('[data-main]')?.focus();
  }, [state.phase]);

  const error = state.phase === 'idle' ? state.error : undefined;
  const errorText = error === 'denied' ? t.micDenied : error === 'missing' ? t.micMissing : error ? t.micUnavailable : null;

  return (
    <Root
      {...rest}
      ref={(node) => {
        rootRef.current = node;
        assignRef(ref, node);
      }}
      data-state={state.phase}
      data-error={error}
    >
      {state.phase === 'idle' || state.phase === 'starting' ? (
        <>
          {errorText ? <Alert role="alert">{errorText}</Alert> : null}
          <IconButton
            data-main
            label={t.recordVoice}
            icon={<MicIcon size={18} />}
            size={40}
            disabled={disabled || state.phase === 'starting'}
            onClick={start}
          />
        </>
      ) : null}
      {state.phase === 'recording' ? (
        <>
          <Elapsed data-live>
            <VisuallyHidden>{t.recording} </VisuallyHidden>
            {formatDuration(state.elapsedMs, locale)}
          </Elapsed>
          <Meter role="meter" aria-label={t.inputLevel} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(state.level * 100)}>
            <div style={{ inlineSize: `${Math.round(state.level * 100)}%` }} />
          </Meter>
          <IconButton label={t.cancelRecording} icon={<TrashIcon size={18} />} size={40} onClick={cancel} />
          <IconButton data-main label={t.stopRecording} icon={<StopIcon size={18} />} size={40} onClick={stop} />
        </>
      ) : null}
      {state.phase === 'review' ? (
        <>
          <Player controls src={state.url} aria-label={t.voiceMessage} preload="metadata" />
          <Elapsed>{formatDuration(state.durationMs, locale)}</Elapsed>
          <IconButton label={t.deleteVoice} icon={<TrashIcon size={18} />} size={40} onClick={clearReview} />
          <IconButton
            data-main
            variant="primary"
            label={t.sendVoice}
            icon={<SendIcon size={18} data-directional />}
            size={40}
            disabled={disabled}
            onClick={() => {
              onRecorded(state.file, state.durationMs);
              clearReview();
            }}
          />
        </>
      ) : null}
    </Root>
  );
});
