import { IncomingCall } from "@chat-app/ui-kit";
import type { CallsState } from "@chat-app/client/react";
import type { CallJson } from "@chat-app/protocol";
import { lazy, Suspense, useEffect } from "react";
import styled from "styled-components";
import { nameIn } from "./call-names";
import { useCallEndedLine } from "./useCallEndedLine";

const loadCallScreen = () => import("./CallScreen");
const CallScreen = lazy(loadCallScreen);

const Ringing = styled.div`
  position: fixed;
  inset-block-start: 16px;
  inset-inline: 16px;
  z-index: 40;
  max-inline-size: 480px;
  margin-inline: auto;
  box-shadow: 0 8px 24px rgb(0 0 0 / 0.25);
  border-radius: 12px;
`;

const EndedLine = styled.p`
  position: fixed;
  inset-block-end: 24px;
  inset-inline: 0;
  z-index: 40;
  inline-size: fit-content;
  margin: 0 auto;
  padding: 8px 16px;
  border-radius: 999px;
  background: #202024;
  color: #fff;
`;

export interface CallLayerProps {
  calls: CallsState;
  selfName: string;
  userName: (id: number) => string;
  /** The call screen's title: the other person, or the group's name. */
  titleOf: (call: CallJson) => string;
  onError: (error: unknown) => void;
}

/**
 * Calls over whatever screen is shown: an incoming call (in every tab, until one answers), the
 * call screen of the call this tab is in, and a brief line when a call ends or cannot start.
 */
export function CallLayer({ calls, selfName, userName, titleOf, onError }: CallLayerProps) {
  const { current } = calls;
  // A call rings only while this tab is in none (the server does not ring a busy person's direct calls).
  const ringing = current ? undefined : calls.incoming[0];
  const endedLine = useCallEndedLine(calls.lastEnded);
  // The call screen's chunk is fetched while it rings or is being placed, so answering does not wait for it.
  const soon = ringing !== undefined || calls.entering;
  useEffect(() => {
    if (soon) void loadCallScreen();
  }, [soon]);
  return (
    <>
      {ringing ? (
        <Ringing>
          <IncomingCall
            key={ringing.id}
            callerName={nameIn(ringing, ringing.caller.id, userName)}
            media={ringing.media}
            onAccept={() => void ("group_id" in ringing.conversation ? calls.join(ringing.id) : calls.accept(ringing.id)).catch(onError)}
            onDecline={() => void calls.decline(ringing.id).catch(onError)}
          />
        </Ringing>
      ) : null}
      {current ? (
        <Suspense fallback={null}>
          <CallScreen calls={calls} current={current} title={titleOf(current.call)} selfName={selfName} userName={userName} onError={onError} />
        </Suspense>
      ) : null}
      {endedLine ? <EndedLine role="status">{endedLine}</EndedLine> : null}
    </>
  );
}
