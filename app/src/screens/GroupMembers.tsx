import { GroupMembersPanel, type GroupMember } from "@chat-app/ui-kit";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useT } from "../i18n/useT";
import styled from "styled-components";
import { ApiError, type ChatApi, type ChatClient, type GroupJson, type PresenceJson, shownName, type UserJson } from "@chat-app/client";
import { useListAvatars } from "../hooks/useListAvatars";
import type { GroupActions } from "../hooks/useChatActions";
import { PeopleFinder } from "./PeopleFinder";

const Pane = styled.div`
  flex: 1;
  min-height: 0;
  overflow-y: auto;
`;

export interface GroupMembersProps {
  /** The server's user search (undefined until the session's client exists). */
  api: ChatApi | undefined;
  /** Loads the members' pictures (they need the session's token); initials without it. */
  client?: ChatClient | null;
  actions: GroupActions | null;
  group: GroupJson;
  selfId: number;
  /** Presence of the people watched (members are watched while the panel is open). */
  presence: ReadonlyMap<number, PresenceJson>;
  /** The panel's own Close (none where the page around it has Back, as in the mobile app). */
  onClose?: () => void;
  /** I left the group: back to the list. */
  onLeft: () => void;
  onError: (error: unknown) => void;
}

/**
 * The open group's members: admins rename the group, add people (the user search), remove members
 * and make them admins or not; anyone can leave. Changes show at once (the server's answer), and
 * in every member's app by the server's `group:updated` (the list row and the header too).
 */
export function GroupMembers({ api, client = null, actions, group, selfId, presence, onClose, onLeft, onError }: GroupMembersProps) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<readonly number[]>([]);
  const [leaving, setLeaving] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const members = useMemo<GroupMember[]>(
    () =>
      group.members.map((m) => {
        const seen = m.id === selfId ? undefined : presence.get(m.id);
        return {
          id: m.id,
          name: shownName(m),
          username: m.username,
          role: m.role,
          presence: seen ? (seen.online ? "online" : "offline") : undefined,
        };
      }),
    [group.members, presence, selfId],
  );
  const memberIds = useMemo(() => new Map(group.members.map((m) => [String(m.id), m.id])), [group.members]);
  const pictured = useListAvatars(client, members, memberIds);
  useEffect(() => {
    void actions?.subscribePresence(group.members.map((m) => m.id).filter((id) => id !== selfId)).catch(() => undefined);
  }, [actions, group.members, selfId]);
  const canManage = group.members.some((m) => m.id === selfId && m.role === "admin");
  const inGroup = useMemo(() => new Set(group.members.map((m) => m.id)), [group.members]);

  /** Runs one change; a refusal (not an admin any more, the creator…) shows in the panel. */
  const run = useCallback(
    (userId: number | null, action: () => Promise<unknown>) => {
      setProblem(null);
      if (userId !== null) setPending((ids) => [...ids, userId]);
      return action()
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.status !== 401) setProblem(error.message);
          else onError(error);
        })
        .finally(() => {
          if (userId !== null) setPending((ids) => ids.filter((id) => id !== userId));
        });
    },
    [onError],
  );

  const add = useCallback((user: UserJson) => actions && void run(user.id, () => actions.addMembers(group.id, [user.id])), [actions, group.id, run]);
  const setRole = (member: GroupMember, role: "admin" | "member") =>
    actions && void run(Number(member.id), () => actions.setRole(group.id, Number(member.id), role));

  return (
    <Pane>
      <GroupMembersPanel
        groupName={group.name}
        members={pictured}
        currentUserId={selfId}
        canManage={canManage}
        creatorId={group.created_by}
        pendingIds={pending}
        leaving={leaving}
        renaming={renaming}
        error={problem}
        onRemove={(member) => actions && void run(Number(member.id), () => actions.removeMember(group.id, Number(member.id)))}
        onPromote={(member) => setRole(member, "admin")}
        onDemote={(member) => setRole(member, "member")}
        onRename={
          canManage
            ? (name) => {
                if (!actions) return;
                setRenaming(true);
                void run(null, () => actions.renameGroup(group.id, name)).finally(() => setRenaming(false));
              }
            : undefined
        }
        onLeave={() => {
          if (!actions) return;
          setLeaving(true);
          void run(null, async () => {
            await actions.leaveGroup(group.id);
            onLeft();
          }).finally(() => setLeaving(false));
        }}
        addMembersSlot={
          canManage ? (
            <PeopleFinder
              api={api}
              onPick={add}
              onError={onError}
              label={t("people.add")}
              listLabel={t("people.toAdd")}
              pickLabel={(user) => t("people.addName", { name: shownName(user) })}
              exclude={inGroup}
            />
          ) : undefined
        }
        onClose={onClose}
        initialFocus
      />
    </Pane>
  );
}
