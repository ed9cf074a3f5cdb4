import { CLIENT_EVENTS, type ClientEvent, type ClientEventPayload } from "@chat-app/protocol";
import { payloadSchemas } from "./payload-schemas";

// Payloads typed with the protocol: whatever its types allow, the server's schemas must accept.
const CLIENT_ID = "0b0f6d0e-5b7e-4c2a-9d55-1f0a7f3c2e11";
const valid: { [E in ClientEvent]: Array<ClientEventPayload<E>> } = {
  "message:send": [
    { receiver_id: 2, message_content: "hi", client_id: CLIENT_ID },
    { group_id: 3, message_content: "hi" },
    { group_id: 3, message_content: "yes", reply_to_id: 7 },
  ],
  "message:edit": [{ id: 1, message_content: "edited" }],
  "message:delete": [{ id: 1 }],
  "message:read": [
    { partner_id: 2, up_to_id: 10 },
    { group_id: 3, up_to_id: 10 },
  ],
  "message:delivered": [
    { partner_id: 2, up_to_id: 10 },
    { group_id: 3, up_to_id: 10 },
  ],
  "typing:start": [{ receiver_id: 2 }, { group_id: 3 }],
  "typing:stop": [{ receiver_id: 2 }, { group_id: 3 }],
  "presence:subscribe": [{ user_ids: [] }, { user_ids: [2, 3] }],
  "reaction:add": [
    { message_id: 1, emoji: "👍" },
    { message_id: 1, emoji: "🇫🇷" },
  ],
  "reaction:remove": [{ message_id: 1, emoji: "👩‍💻" }],
  "message:forward": [
    { id: 1, receiver_id: 2 },
    { id: 1, group_id: 3 },
  ],
  "pin:add": [{ message_id: 1 }],
  "pin:remove": [{ message_id: 1 }],
  "call:start": [
    { user_id: 2, media: "audio" },
    { group_id: 3, media: "video" },
  ],
  "call:accept": [{ call_id: 1 }],
  "call:decline": [{ call_id: 1 }],
  "call:join": [{ call_id: 1 }],
  "call:leave": [{ call_id: 1 }],
  "call:hangup": [{ call_id: 1 }],
  "call:signal": [
    { call_id: 1, to_user_id: 2, signal: { type: "offer", sdp: "v=0\r\n" } },
    {
      call_id: 1,
      to_user_id: 2,
      signal: { type: "candidate", candidate: { candidate: "candidate:1 1 udp 1 10.0.0.1 5000 typ host", sdpMid: "0", sdpMLineIndex: 0 } },
    },
    {
      call_id: 1,
      to_user_id: 2,
      signal: { type: "candidate", candidate: { candidate: "", sdpMid: null, sdpMLineIndex: null, usernameFragment: null } },
    },
  ],
};

describe("socket payload schemas", () => {
  it("cover exactly the protocol's client events", () => {
    expect(Object.keys(payloadSchemas).sort()).toEqual([...CLIENT_EVENTS].sort());
  });

  it.each([...CLIENT_EVENTS])("%s accepts every payload the protocol's type allows", (event) => {
    for (const payload of valid[event]) expect(payloadSchemas[event].safeParse(payload).error).toBeUndefined();
  });

  it("refuse what the types rule out: both a person and a group, or neither", () => {
    expect(payloadSchemas["message:send"].safeParse({ receiver_id: 2, group_id: 3, message_content: "hi" }).success).toBe(false);
    expect(payloadSchemas["typing:start"].safeParse({}).success).toBe(false);
    expect(payloadSchemas["message:read"].safeParse({ up_to_id: 1 }).success).toBe(false);
    expect(payloadSchemas["message:forward"].safeParse({ id: 1, receiver_id: 2, group_id: 3 }).success).toBe(false);
    expect(payloadSchemas["message:forward"].safeParse({ id: 1 }).success).toBe(false);
  });

  it("take one emoji grapheme as a reaction: pictographs with skin tones, ZWJ sequences, flags, keycaps", () => {
    const accepts = (emoji: string) => payloadSchemas["reaction:add"].safeParse({ message_id: 1, emoji }).success;
    for (const emoji of ["👍", "👍🏽", "❤️", "👩‍👩‍👧", "🏳️‍🌈", "🇯🇵", "1️⃣", "#️⃣", "😀"]) expect(accepts(emoji)).toBe(true);
    for (const emoji of ["", "a", "👍👍", "👍 ", "🇯", "1", "ab", "<b>", "👍a"]) expect(accepts(emoji)).toBe(false);
  });
});
