import { forwardRef, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import { HangUpIcon, MicIcon, MicOffIcon, ScreenShareIcon, SwitchCameraIcon, VideoIcon, VideoOffIcon } from '../../utils/icons';
import { base, space } from '../../utils/theme';
import { ControlButton } from './ControlButton';
import { useToolbarArrows } from './useToolbarArrows';

export interface CallControlsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Your microphone is off: the button reads "Unmute". */
  muted?: boolean;
  /** Your camera is off: the button reads "Turn camera on". */
  cameraOff?: boolean;
  /** You are sharing your screen: the button reads "Stop sharing". */
  sharing?: boolean;
  /** The call can carry video: shows the camera button. */
  hasVideo?: boolean;
  /** More than one camera (front and back): shows "Switch camera". */
  canSwitchCamera?: boolean;
  /** Screen sharing is available (not on most phones): shows "Share screen". */
  canShareScreen?: boolean;
  onToggleMute?: () => void;
  onToggleCamera?: () => void;
  onSwitchCamera?: () => void;
  onToggleShare?: () => void;
  onHangUp: () => void;
}

const Root = styled.div`
  ${base}
  display: flex;
  flex-wrap: wrap;
  justify-content: center;
  gap: ${space('sm')};
  color: inherit;
`;

/**
 * The call's toolbar. Each toggle is named by what it will do ("Mute", then "Unmute"), so it has
 * no `aria-pressed`: a changing name and a pressed state together say it twice (APG, button
 * pattern). The state is on `data-active` for styling.
 */
export const CallControls = forwardRef<HTMLDivElement, CallControlsProps>(function CallControls(
  {
    muted = false,
    cameraOff = false,
    sharing = false,
    hasVideo = false,
    canSwitchCamera = false,
    canShareScreen = true,
    onToggleMute,
    onToggleCamera,
    onSwitchCamera,
    onToggleShare,
    onHangUp,
    onKeyDown,
    ...rest
  },
  ref,
) {
  const { messages: t, dir } = useKitLocale();
  const arrows = useToolbarArrows(dir);
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (!event.defaultPrevented) arrows(event);
  };
  return (
    <Root ref={ref} role="toolbar" aria-label={t.callControls} onKeyDown={handleKeyDown} {...rest}>
      <ControlButton label={muted ? t.unmute : t.mute} icon={muted ? <MicOffIcon /> : <MicIcon />} active={muted} onClick={onToggleMute} />
      {hasVideo ? (
        <ControlButton
          label={cameraOff ? t.turnCameraOn : t.turnCameraOff}
          icon={cameraOff ? <VideoOffIcon /> : <VideoIcon />}
          active={cameraOff}
          onClick={onToggleCamera}
        />
      ) : null}
      {hasVideo && canSwitchCamera ? <ControlButton label={t.switchCamera} icon={<SwitchCameraIcon />} onClick={onSwitchCamera} /> : null}
      {canShareScreen ? (
        <ControlButton label={sharing ? t.stopSharing : t.shareScreen} icon={<ScreenShareIcon />} active={sharing} onClick={onToggleShare} />
      ) : null}
      <ControlButton label={t.hangUp} icon={<HangUpIcon />} danger onClick={onHangUp} />
    </Root>
  );
});
