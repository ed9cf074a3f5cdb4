import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import type { CallMedia } from '../../molecules/CallButton/CallButton';
import { CallControls, type CallControlsProps } from '../../molecules/CallControls/CallControls';
import { formatDuration } from '../../utils/formatDuration';
import { base, fontSize, fontWeight, radius, space } from '../../utils/theme';
import { CallStage, layoutOf } from './CallStage';
import type { CallParticipant, CallState } from './types';
import { useElapsed } from './useElapsed';

type ControlsPassedThrough = Pick<
  CallControlsProps,
  | 'muted'
  | 'cameraOff'
  | 'sharing'
  | 'hasVideo'
  | 'canSwitchCamera'
  | 'canShareScreen'
  | 'onToggleMute'
  | 'onToggleCamera'
  | 'onSwitchCamera'
  | 'onToggleShare'
  | 'onHangUp'
>;

export interface CallViewProps extends Omit<ComponentPropsWithoutRef<'section'>, 'title' | 'children'>, ControlsPassedThrough {
  /** Who or which group: the screen's title and name. */
  title: string;
  media: CallMedia;
  state: CallState;
  /** Everyone in the call, you included (`self: true`). */
  participants: readonly CallParticipant[];
  /** When the call connected (ms since the epoch): a "m:ss" timer counts from it. */
  startedAt?: number;
  /** Something to know now, announced as an alert, e.g. "Camera or microphone blocked — you can still listen". */
  notice?: ReactNode;
}

const Root = styled.section`
  ${base}
  display: flex;
  flex-direction: column;
  gap: ${space('md')};
  height: 100%;
  min-height: 320px;
  padding: ${space('md')};
  border-radius: ${radius('lg')};
  /* The stage stays dark in both themes: faces and video read best on black. */
  background: #111114;
  color: #fff;
`;

const Header = styled.header`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: center;
  column-gap: ${space('sm')};
  text-align: center;
`;

const Title = styled.p`
  flex-basis: 100%;
  margin: 0;
  font-size: ${fontSize('lg')};
  font-weight: ${fontWeight('medium')};
  overflow-wrap: anywhere;
`;

const Status = styled.p`
  margin: 0;
  font-size: ${fontSize('sm')};
`;

const Timer = styled.span`
  font-size: ${fontSize('sm')};
  font-variant-numeric: tabular-nums;
`;

const Alert = styled.div`
  &:empty {
    display: none;
  }
  padding: ${space('sm')} ${space('md')};
  border-radius: ${radius('md')};
  background: #4a2a00;
  color: #fff;
  font-size: ${fontSize('sm')};
  text-align: center;
`;

const Stage = styled.div`
  flex: 1;
  min-height: 0;
`;

/**
 * The call screen: title, state, timer, the tiles and the controls. A labelled region, not a
 * dialog: a call goes on while people read and write in the chat beside it, so it neither traps
 * focus nor hides the rest of the page from assistive technology.
 */
export const CallView = forwardRef<HTMLElement, CallViewProps>(function CallView(
  {
    title,
    media,
    state,
    participants,
    startedAt,
    notice,
    muted,
    cameraOff,
    sharing = false,
    hasVideo = media === 'video',
    canSwitchCamera,
    canShareScreen,
    onToggleMute,
    onToggleCamera,
    onSwitchCamera,
    onToggleShare,
    onHangUp,
    ...rest
  },
  ref,
) {
  const { messages: t, locale } = useKitLocale();
  const elapsed = useElapsed(startedAt);
  const layout = layoutOf(participants);
  // Your own tile follows the controls unless the participant list says otherwise; without video
  // every tile shows its avatar (the streams still carry the voices).
  const tiles = participants.map((p) => ({
    ...p,
    muted: p.self ? (p.muted ?? muted) : p.muted,
    cameraOff: !hasVideo || (p.self ? (p.cameraOff ?? cameraOff) : p.cameraOff),
  }));
  return (
    <Root ref={ref} aria-label={title} data-state={state} data-layout={layout} data-media={media} {...rest}>
      <Header>
        <Title dir="auto">{title}</Title>
        <Status role="status">{t.callState[state]}</Status>
        {/* A timer is not announced as it ticks (role="timer" is aria-live="off"): read on demand. */}
        {elapsed === undefined ? null : (
          <Timer role="timer" aria-label={t.callDuration}>
            {formatDuration(elapsed, locale)}
          </Timer>
        )}
      </Header>
      <Alert role="alert">{notice}</Alert>
      <Stage>
        <CallStage participants={tiles} layout={layout} sharing={sharing} />
      </Stage>
      <CallControls
        muted={muted}
        cameraOff={cameraOff}
        sharing={sharing}
        hasVideo={hasVideo}
        canSwitchCamera={canSwitchCamera}
        canShareScreen={canShareScreen}
        onToggleMute={onToggleMute}
        onToggleCamera={onToggleCamera}
        onSwitchCamera={onSwitchCamera}
        onToggleShare={onToggleShare}
        onHangUp={onHangUp}
      />
    </Root>
  );
});
