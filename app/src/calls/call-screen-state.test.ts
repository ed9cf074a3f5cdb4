import type { CallJson } from "@chat-app/protocol";
import type { CallPeerView, CurrentCallView } from "@chat-app/client";
import { callScreenState } from "./call-screen-state";

const call = (state: CallJson["state"]): CallJson => ({
  id: 1,
  conversation: { user_id: 2 },
  media: "video",
  state,
  topology: "mesh",
  caller_id: 1,
  caller: { id: 1, username: "alice" },
  started_at: "2026-12-02T10:00:00.000Z",
  answered_at: state === "ringing" ? null : "2026-12-02T10:00:05.000Z",
  ended_at: null,
  participants: [1, 2],
});
const peer = (state: CallPeerView["state"]): CallPeerView => ({ userId: 2, stream: null, state });
const view = (state: CallJson["state"], peers: CallPeerView[]): CurrentCallView => ({ call: call(state), peers });

describe("callScreenState", () => {
  it("rings until someone answers", () => {
    expect(callScreenState(view("ringing", []))).toBe("ringing");
  });

  it("connects once answered, until a link carries media", () => {
    expect(callScreenState(view("active", [peer("new")]))).toBe("connecting");
    expect(callScreenState(view("active", [peer("connecting")]))).toBe("connecting");
    expect(callScreenState(view("active", [peer("connected")]))).toBe("connected");
  });

  it("says reconnecting while any link recovers, even if another is fine", () => {
    expect(callScreenState(view("active", [peer("connected"), { ...peer("reconnecting"), userId: 3 }]))).toBe("reconnecting");
  });

  it("has ended when the call has", () => {
    expect(callScreenState(view("ended", []))).toBe("ended");
  });
});
