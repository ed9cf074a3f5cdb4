import type { CallJson, CallSignalPayload, CallStartPayload, SfuAccessJson } from "@chat-app/protocol";
import type { IceServersReply } from "./ice-config";

/** The call actions answered with the call (`call:start` aside, each names only the call). */
export type CallIdAction = "call:accept" | "call:decline" | "call:join" | "call:leave" | "call:hangup";

/** A call action's answer: the call, and for an "sfu" call's start or join how to reach its Janus room. */
export interface CallEntry {
  call: CallJson;
  sfu?: SfuAccessJson;
}

/** What the calls part asks the server: the socket actions (refusals reject with ApiError) and two REST reads. */
export interface CallLink {
  start(payload: CallStartPayload): Promise<CallEntry>;
  act(action: CallIdAction, callId: number): Promise<CallEntry>;
  signal(payload: CallSignalPayload): Promise<unknown>;
  /** This tab's connection id (what `answered_connection` names); undefined while disconnected. */
  socketId(): string | undefined;
  iceServers(): Promise<IceServersReply>;
  activeCalls(): Promise<{ calls: CallJson[] }>;
}
