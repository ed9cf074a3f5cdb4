import { CreateGroupForm, type ChatUser, type CreateGroupInput } from "@chat-app/ui-kit";
import { useCallback, useMemo, useState } from "react";
import { useT } from "../i18n/useT";
import styled from "styled-components";
import { ApiError, type ChatApi, shownName } from "@chat-app/client";
import type { GroupActions } from "../hooks/useChatActions";
import { useDebouncedSearch } from "../hooks/useDebouncedSearch";

const Pane = styled.section`
  flex: 1;
  min-height: 0;
  overflow-y: auto;
  padding: 16px;
  h2 {
    margin: 0 0 12px;
    font-size: 1.125rem;
  }
  form {
    max-width: 560px;
  }
`;

/** The server takes at most 99 other members in one request (the creator makes 100). */
const MAX_MEMBERS = 99;

export interface NewGroupProps {
  /** The server's user search (undefined until the session's client exists). */
  api: ChatApi | undefined;
  actions: GroupActions | null;
  /** The group exists: open it. */
  onCreated: (groupId: number) => void;
  onCancel: () => void;
  onError: (error: unknown) => void;
  /** False where the page around it already says "New group" (the mobile app's toolbar). */
  titled?: boolean;
}

/** "New group": a name and people found with the server's user search; creating opens the group. */
export function NewGroup({ api, actions, onCreated, onCancel, onError, titled = true }: NewGroupProps) {
  const t = useT();
  const [query, setQuery] = useState("");
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const q = query.trim();
  const searchUsers = useMemo(() => api && ((text: string) => api.searchUsers(text).then(({ users }) => users)), [api]);
  const [found] = useDebouncedSearch(q, searchUsers, 200, onError);
  const current = found && found.query === q ? found.value : null;
  const people = useMemo<ChatUser[]>(() => (current ?? []).map((user) => ({ id: user.id, name: shownName(user) })), [current]);

  const create = useCallback(
    ({ name, memberIds }: CreateGroupInput) => {
      if (!actions) return;
      setSubmitting(true);
      setError(null);
      actions
        .createGroup(name, memberIds.map(Number))
        .then((group) => onCreated(group.id))
        .catch((failure: unknown) => {
          if (failure instanceof ApiError && failure.status !== 401) setError(failure.message);
          else onError(failure);
        })
        .finally(() => setSubmitting(false));
    },
    [actions, onCreated, onError],
  );

  return (
    <Pane {...(titled ? { "aria-labelledby": "new-group-title" } : { "aria-label": t("newGroup.title") })}>
      {titled ? <h2 id="new-group-title">{t("newGroup.title")}</h2> : null}
      <CreateGroupForm
        aria-label={t("newGroup.title")}
        initialFocus
        people={people}
        searchValue={query}
        onSearchChange={setQuery}
        searching={q !== "" && current === null}
        onCreate={create}
        onCancel={onCancel}
        submitting={submitting}
        error={error}
        maxMembers={MAX_MEMBERS}
        noResultsText={t("people.none", { query: q })}
        idleText={t("newGroup.idle")}
        submitLabel={t("newGroup.create")}
      />
    </Pane>
  );
}
