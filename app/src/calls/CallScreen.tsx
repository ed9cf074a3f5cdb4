import { CallView, type CallParticipant } from "@chat-app/ui-kit";
import type { CurrentCallView } from "@chat-app/client";
import type { CallsState } from "@chat-app/client/react";
import { useMemo } from "react";
import styled from "styled-components";
import { useT } from "../i18n/useT";
import { nameIn } from "./call-names";
import { callScreenState } from "./call-screen-state";

const Screen = styled.div`
  position: fixed;
  inset: 0;
  z-index: 30;
`;

export interface CallScreenProps {
  calls: CallsState;
  current: CurrentCallView;
  title: string;
  selfName: string;
  userName: (id: number) => string;
  onError: (error: unknown) => void;
}

/**
 * The call this tab is in, over the whole window: everyone's tiles (own small when one other), the
 * link's state, the timer and the controls. Its own chunk (React.lazy in CallLayer), fetched when
 * a call rings or starts: the chat's first load does not carry it.
 */
export default function CallScreen({ calls, current, title, selfName, userName, onError }: CallScreenProps) {
  const t = useT();
  const { call } = current;
  const participants = useMemo<CallParticipant[]>(() => {
    // A peer's camera state is not signalled (see docs/calls.md): an audio call shows avatars.
    const others = current.peers.map((peer) => ({
      id: peer.userId,
      name: nameIn(call, peer.userId, userName),
      stream: peer.stream,
      cameraOff: call.media === "audio",
    }));
    const self: CallParticipant = {
      id: "self",
      name: selfName,
      self: true,
      stream: calls.localStream,
      muted: calls.muted,
      cameraOff: call.media === "audio" || calls.cameraOff,
    };
    return [...others, self];
  }, [current, call, calls.localStream, calls.muted, calls.cameraOff, selfName, userName]);

  const problem = calls.mediaProblem ? t(`call.problem.${calls.mediaProblem}`) : calls.listenOnly ? t("call.listenOnly") : null;
  const noCamera = calls.listenOnly || calls.mediaProblem === "camera-blocked" || calls.mediaProblem === "no-camera";
  const quit = "group_id" in call.conversation ? calls.leave : calls.hangUp;
  return (
    <Screen>
      <CallView
        title={title}
        media={call.media}
        state={callScreenState(current)}
        participants={participants}
        startedAt={calls.callStartedAt ?? undefined}
        notice={problem}
        muted={calls.muted}
        cameraOff={calls.cameraOff}
        sharing={calls.sharing}
        hasVideo={call.media === "video" && !noCamera}
        canSwitchCamera={calls.canSwitchCamera}
        canShareScreen={calls.canShareScreen}
        onToggleMute={() => calls.setMuted(!calls.muted)}
        onToggleCamera={() => void calls.setCameraOff(!calls.cameraOff).catch(onError)}
        onSwitchCamera={() => void calls.switchCamera().catch(onError)}
        onToggleShare={() => (calls.sharing ? calls.stopScreenShare() : void calls.startScreenShare().catch(onError))}
        onHangUp={() => void quit().catch(onError)}
      />
    </Screen>
  );
}
