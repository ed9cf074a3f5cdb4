import { Button, SearchField, useListNavigation } from "@chat-app/ui-kit";
import { useMemo, useState } from "react";
import { useT } from "../i18n/useT";
import styled from "styled-components";
import { type ChatApi, shownName, type UserJson } from "@chat-app/client";
import { useDebouncedSearch } from "../hooks/useDebouncedSearch";

const Results = styled.ul`
  list-style: none;
  margin: 0;
  padding: 4px 0 0;
  display: flex;
  flex-direction: column;
  gap: 2px;
  li > button {
    width: 100%;
    justify-content: flex-start;
    min-height: 44px;
  }
`;

const Handle = styled.span`
  opacity: 0.75;
`;

const Note = styled.p`
  margin: 6px 4px 0;
  font-size: 0.875rem;
  opacity: 0.8;
`;

export interface PeopleFinderProps {
  api: ChatApi | undefined;
  onPick: (user: UserJson) => void;
  onError: (error: unknown) => void;
  /** The search field's label ("Search people"). */
  label?: string;
  /** The results list's name ("People"). */
  listLabel?: string;
  /** A result's button text (the name). */
  pickLabel?: (user: UserJson) => string;
  /** People not to offer (already in the group). */
  exclude?: ReadonlySet<number>;
}

/**
 * "Search people": any other user by name (server-side search), click to open a conversation (or,
 * relabelled, to add them to a group). Enter picks the only match; ↓ moves into the results, a
 * list of buttons that ↑/↓/Home/End move between.
 */
export function PeopleFinder({ api, onPick, onError, label: labelText, listLabel: listLabelText, pickLabel, exclude }: PeopleFinderProps) {
  const t = useT();
  const label = labelText ?? t("people.search");
  const listLabel = listLabelText ?? t("people.list");
  const [query, setQuery] = useState("");
  const q = query.trim();
  const searchUsers = useMemo(() => api && ((text: string) => api.searchUsers(text).then(({ users }) => users)), [api]);
  const [results] = useDebouncedSearch(q, searchUsers, 200, onError);
  const shown = results && results.query === q ? (exclude ? results.value.filter((user) => !exclude.has(user.id)) : results.value) : null;
  const { fieldRef, listRef, onFieldKeyDown, onListKeyDown } = useListNavigation<HTMLInputElement, HTMLUListElement>();
  const choose = (user: UserJson) => {
    setQuery("");
    onPick(user);
  };

  return (
    <div>
      <SearchField
        ref={fieldRef}
        label={label}
        placeholder={label}
        value={query}
        onValueChange={setQuery}
        onKeyDown={(event) => {
          onFieldKeyDown(event);
          if (event.key === "Enter" && shown?.length === 1) {
            event.preventDefault();
            choose(shown[0]!);
          }
        }}
      />
      {shown ? (
        shown.length === 0 ? (
          <Note role="status">{results!.value.length === 0 ? t("people.none", { query: q }) : t("people.allHere", { query: q })}</Note>
        ) : (
          <Results ref={listRef} aria-label={listLabel} onKeyDown={onListKeyDown}>
            {shown.map((user) => (
              <li key={user.id}>
                <Button variant="ghost" onClick={() => choose(user)}>
                  {pickLabel ? pickLabel(user) : shownName(user)}
                  {user.display_name && user.display_name !== user.username ? <Handle dir="auto">@{user.username}</Handle> : null}
                </Button>
              </li>
            ))}
          </Results>
        )
      ) : null}
    </div>
  );
}
