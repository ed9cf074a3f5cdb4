import type { KitMessages } from '../../locale/types';

/** Where the call is: shown as "Connecting…", "Ringing…", "Connected", "Reconnecting…", "Call ended". */
export type CallState = keyof KitMessages['callState'];

/** One person in the call, you included (`self`). */
export interface CallParticipant {
  id: string | number;
  name: string;
  stream?: MediaStream | null;
  muted?: boolean;
  cameraOff?: boolean;
  avatarUrl?: string;
  speaking?: boolean;
  self?: boolean;
}
