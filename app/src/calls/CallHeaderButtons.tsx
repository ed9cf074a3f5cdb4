import { CallButton, type CallMedia } from "@chat-app/ui-kit";
import type { CallsState } from "@chat-app/client/react";
import type { CallTarget } from "@chat-app/client";

export interface CallHeaderButtonsProps {
  calls: CallsState;
  target: CallTarget;
  onError: (error: unknown) => void;
}

/** "Start audio call" and "Start video call" in a conversation's header; off while this tab is in a call. */
export function CallHeaderButtons({ calls, target, onError }: CallHeaderButtonsProps) {
  const busy = calls.current !== null;
  const start = (media: CallMedia) => void calls.start(target, media).catch(onError);
  return (
    <>
      <CallButton media="audio" disabled={busy} onClick={() => start("audio")} />
      <CallButton media="video" disabled={busy} onClick={() => start("video")} />
    </>
  );
}
