import type { GroupJson } from "@chat-app/client";
import type { MentionCandidate, UserId } from "@chat-app/ui-kit";
import { useCallback, useMemo } from "react";

const NONE: readonly MentionCandidate[] = [];

/** Who the composer suggests after "@" in a group: its members but the reader. */
export function mentionCandidates(group: GroupJson | undefined, selfId: number): readonly MentionCandidate[] {
  if (!group) return NONE;
  return group.members.filter((m) => m.id !== selfId).map((m) => ({ id: m.id, username: m.username, displayName: m.display_name ?? undefined }));
}

/**
 * Mentions in the open conversation (groups only): the composer's candidates and the bubbles'
 * `getUsername`, so the server's `mentions` are highlighted (the reader's own more strongly).
 */
export function useMentions(group: GroupJson | undefined, selfId: number, selfName: string) {
  const candidates = useMemo(() => mentionCandidates(group, selfId), [group, selfId]);
  const getUsername = useCallback(
    (id: UserId) => (id === selfId ? selfName : group?.members.find((m) => m.id === id)?.username),
    [group, selfId, selfName],
  );
  return { mentionCandidates: group ? candidates : undefined, getUsername: group ? getUsername : undefined };
}
