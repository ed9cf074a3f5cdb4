import type { GroupJson } from "@chat-app/client";
import { mentionCandidates } from "../hooks/useMentions";
import { canPinIn, pinnedMessages } from "../state/pins";

const ME = 1;
const group = (role: "admin" | "member", membersCanPin?: boolean): GroupJson => ({
  id: 5,
  name: "Trio",
  created_by: 2,
  created_at: "2026-11-25T10:00:00.000Z",
  members: [
    { id: ME, username: "ada", role },
    { id: 2, username: "bob", role: role === "admin" ? "member" : "admin" },
    { id: 3, username: "carol", role: "member" },
  ],
  ...(membersCanPin === undefined ? {} : { members_can_pin: membersCanPin }),
});

describe("canPinIn", () => {
  it("lets either person pin in a direct chat", () => {
    expect(canPinIn("u:2", ME, undefined)).toBe(true);
  });

  it("lets admins pin in a group, members only when the group allows it", () => {
    expect(canPinIn("g:5", ME, group("admin"))).toBe(true);
    expect(canPinIn("g:5", ME, group("member"))).toBe(false);
    expect(canPinIn("g:5", ME, group("member", false))).toBe(false);
    expect(canPinIn("g:5", ME, group("member", true))).toBe(true);
    expect(canPinIn("g:5", ME, undefined)).toBe(false);
    expect(canPinIn(null, ME, undefined)).toBe(false);
  });
});

describe("mentionCandidates", () => {
  it("offers the group's members but the reader", () => {
    expect(mentionCandidates(group("member"), ME)).toEqual([
      { id: 2, username: "bob" },
      { id: 3, username: "carol" },
    ]);
    expect(mentionCandidates(undefined, ME)).toEqual([]);
  });
});

describe("pinnedMessages", () => {
  it("keeps the server's order (latest pin first), names the author and names files when there is no text", () => {
    const message = (id: number, text: string) => ({
      id,
      sender_id: 2,
      receiver_id: 1,
      message_content: text,
      timestamp: "2026-11-25T10:00:00.000Z",
      client_id: `c${id}`,
    });
    const shown = pinnedMessages(
      [
        { message: message(9, "newest"), pinned_by: 1, pinned_at: "2026-11-26T10:00:00.000Z" },
        { message: { ...message(4, ""), attachments: [{ name: "plan.pdf" } as never] }, pinned_by: 1, pinned_at: "2026-11-25T10:00:00.000Z" },
      ],
      (id) => `user${id}`,
    );
    expect(shown).toEqual([
      { id: 9, authorName: "user2", excerpt: "newest" },
      { id: 4, authorName: "user2", excerpt: "📎 plan.pdf" },
    ]);
  });
});
