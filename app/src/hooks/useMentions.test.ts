import type { GroupJson } from "@chat-app/client";
import { mentionCandidates } from "./useMentions";

const group: GroupJson = {
  id: 7,
  name: "Weekend",
  created_by: 1,
  created_at: "2026-12-01T10:00:00.000Z",
  members: [
    { id: 1, username: "alice", role: "admin", display_name: "Alice", avatar_url: null, status_text: null },
    { id: 2, username: "sam_k", role: "member", display_name: "Sam", avatar_url: null, status_text: null },
    { id: 3, username: "bob", role: "member" },
  ],
};

describe("mentionCandidates", () => {
  it("offers the other members by display name with their username (the one typed after @)", () => {
    expect(mentionCandidates(group, 1)).toEqual([
      { id: 2, username: "sam_k", displayName: "Sam" },
      { id: 3, username: "bob", displayName: undefined },
    ]);
  });
});
