import { forwardRef } from 'react';
import { IconButton, type IconButtonProps } from '../../atoms/IconButton/IconButton';
import { useKitLocale } from '../../locale/useKitLocale';
import { PhoneIcon, VideoIcon } from '../../utils/icons';

export type CallMedia = 'audio' | 'video';

export interface CallButtonProps extends Omit<IconButtonProps, 'label' | 'icon'> {
  /** Which call it starts: named "Start audio call" or "Start video call". */
  media: CallMedia;
  /** Overrides the catalog's name. */
  label?: string;
}

/** Starts a call from a conversation header. */
export const CallButton = forwardRef<HTMLButtonElement, CallButtonProps>(function CallButton({ media, label, ...rest }, ref) {
  const { messages: t } = useKitLocale();
  return (
    <IconButton
      ref={ref}
      label={label ?? (media === 'video' ? t.startVideoCall : t.startAudioCall)}
      icon={media === 'video' ? <VideoIcon /> : <PhoneIcon />}
      data-media={media}
      {...rest}
    />
  );
});
