import { forwardRef, useEffect, useId, useRef, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { useKitLocale } from '../../locale/useKitLocale';
import { MicOffIcon } from '../../utils/icons';
import { base, fontSize, radius, space } from '../../utils/theme';

export interface CallTileProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Who this is: the visible label over the tile and the tile's name. */
  name: string;
  /** Their camera (or screen) and microphone; without one the avatar is shown. */
  stream?: MediaStream | null;
  /** Their microphone is off: a muted-mic badge named "{name} is muted". */
  muted?: boolean;
  /** Their camera is off: the avatar is shown, the video stays mounted so the audio plays on. */
  cameraOff?: boolean;
  /** Your own tile: the video is muted (no echo of yourself) and mirrored like a mirror. */
  self?: boolean;
  /** Mirror your own video; `false` for a screen share, which should read the right way round. */
  mirrored?: boolean;
  avatarUrl?: string;
  /** They are talking now (`data-speaking`, a ring around the tile). */
  speaking?: boolean;
}

const Root = styled.div`
  ${base}
  position: relative;
  display: flex;
  align-items: center;
  justify-content: center;
  overflow: hidden;
  aspect-ratio: 16 / 9;
  border-radius: ${radius('md')};
  /* Video is shown on black whatever the theme, like every call app: no letterbox flashes. */
  background: #1c1c1f;
  color: #fff;
  &::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
    pointer-events: none;
  }
  &[data-speaking]::after {
    box-shadow: inset 0 0 0 3px #3ddc84;
  }
`;

const Video = styled.video`
  position: absolute;
  inset: 0;
  width: 100%;
  height: 100%;
  object-fit: cover;
  &[data-mirrored] {
    transform: scaleX(-1);
  }
  /* Hidden but still playing: the person's voice comes through this element. */
  [data-camera-off] > & {
    visibility: hidden;
  }
`;

const Label = styled.span`
  position: absolute;
  inset-block-end: ${space('sm')};
  inset-inline-start: ${space('sm')};
  display: inline-flex;
  align-items: center;
  gap: ${space('xs')};
  max-width: calc(100% - 2 * ${space('sm')});
  padding: 2px ${space('sm')};
  border-radius: ${radius('sm')};
  background: rgba(0, 0, 0, 0.7);
  color: #fff;
  font-size: ${fontSize('sm')};
`;

const Name = styled.span`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

const MutedBadge = styled.span`
  display: inline-flex;
  flex: none;
`;

/**
 * One person in a call: their video, or their avatar while the camera is off, with their name
 * always shown over it. A `group` named by that label, so the muted badge is read as theirs.
 */
export const CallTile = forwardRef<HTMLDivElement, CallTileProps>(function CallTile(
  { name, stream, muted = false, cameraOff = false, self = false, mirrored = true, avatarUrl, speaking = false, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const labelId = useId();
  const videoRef = useRef<HTMLVideoElement>(null);
  // A MediaStream is not an attribute: React can only hand it to the element as `srcObject`.
  useEffect(() => {
    const video = videoRef.current;
    if (video) video.srcObject = stream ?? null;
  }, [stream]);
  const showVideo = Boolean(stream) && !cameraOff;
  return (
    <Root
      ref={ref}
      role="group"
      aria-labelledby={labelId}
      data-self={self || undefined}
      data-muted={muted || undefined}
      data-camera-off={cameraOff || undefined}
      data-speaking={speaking || undefined}
      {...rest}
    >
      {stream ? <Video ref={videoRef} autoPlay playsInline muted={self} data-mirrored={(self && mirrored) || undefined} aria-hidden="true" /> : null}
      {showVideo ? null : <Avatar name={name} src={avatarUrl} size="lg" decorative />}
      <Label>
        <Name id={labelId} dir="auto">
          {name}
        </Name>
        {muted ? (
          <MutedBadge role="img" aria-label={t.participantMuted(name)}>
            <MicOffIcon size={16} />
          </MutedBadge>
        ) : null}
      </Label>
    </Root>
  );
});
