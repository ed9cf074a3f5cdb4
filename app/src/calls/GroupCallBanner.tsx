import { JoinCallBanner } from "@chat-app/ui-kit";
import type { CallsState } from "@chat-app/client/react";
import type { CallJson } from "@chat-app/protocol";

/** The group's live call this tab could join (none while it is in a call itself). */
export function joinableGroupCall(calls: CallsState, groupId: number): CallJson | undefined {
  if (calls.current) return undefined;
  return calls.groupCalls.find((call) => "group_id" in call.conversation && call.conversation.group_id === groupId);
}

export interface GroupCallBannerProps {
  calls: CallsState;
  call: CallJson;
  userName: (id: number) => string;
  onError: (error: unknown) => void;
}

/** "Call in progress" with "Join call" over a group whose call this tab is not in. */
export function GroupCallBanner({ calls, call, userName, onError }: GroupCallBannerProps) {
  return (
    <JoinCallBanner
      media={call.media}
      participants={call.participants.map((id) => ({ name: userName(id) }))}
      onJoin={() => void calls.join(call.id).catch(onError)}
    />
  );
}
