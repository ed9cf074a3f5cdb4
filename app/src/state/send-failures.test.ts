import { sendFailureOf } from "@chat-app/client";
import { failureSentence } from "./send-failures";

describe("failureSentence", () => {
  it.each([
    [404, "Receiver not found", "This person doesn't exist"],
    [403, "You are not a member of this group", "You're not a member of this group"],
    [400, "message_content must be at most 4000 characters", "Too long (max 4000 characters)"],
    [429, "Too many requests, retry in 1 s", "Too many messages, try again in a moment"],
    [409, "client_id was already used for a different message", "Not sent"],
    // A block: the server's own sentence, which tells the blocked person no more than "cannot".
    [403, "You cannot send messages to this person", "You cannot send messages to this person"],
  ])("words %i %s", (status, error, sentence) => {
    expect(failureSentence(sendFailureOf(status, error))).toBe(sentence);
  });

  it("falls back to Not sent without a reason", () => {
    expect(failureSentence(undefined)).toBe("Not sent");
  });
});
