import { Button, SearchField } from "@chat-app/ui-kit";
import { useMemo, useState } from "react";
import styled from "styled-components";
import type { ChatApi, UserJson } from "../chat-client";
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

const Note = styled.p`
  margin: 6px 4px 0;
  font-size: 0.875rem;
  opacity: 0.8;
`;

export interface PeopleFinderProps {
  api: ChatApi | undefined;
  onPick: (user: UserJson) => void;
  onError: (error: unknown) => void;
}

/** "Search people": any other user by name (server-side search), click to open a conversation. */
export function PeopleFinder({ api, onPick, onError }: PeopleFinderProps) {
  const [query, setQuery] = useState("");
  const q = query.trim();
  const searchUsers = useMemo(() => api && ((text: string) => api.searchUsers(text).then(({ users }) => users)), [api]);
  const [results] = useDebouncedSearch(q, searchUsers, 200, onError);

  return (
    <div>
      <SearchField label="Search people" placeholder="Search people" value={query} onValueChange={setQuery} />
      {results && results.query === q ? (
        results.value.length === 0 ? (
          <Note role="status">No one called “{q}”.</Note>
        ) : (
          <Results aria-label="People">
            {results.value.map((user) => (
              <li key={user.id}>
                <Button
                  variant="ghost"
                  onClick={() => {
                    setQuery("");
                    onPick(user);
                  }}
                >
                  {user.username}
                </Button>
              </li>
            ))}
          </Results>
        )
      ) : null}
    </div>
  );
}
