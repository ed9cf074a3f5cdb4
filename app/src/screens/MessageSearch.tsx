import { Button, SearchField, SearchResultItem } from "@chat-app/ui-kit";
import { useId, useMemo, useState } from "react";
import { useT } from "../i18n/useT";
import styled from "styled-components";
import type { Translate } from "../i18n/i18n";
import type { ChatApi, SearchResultJson } from "@chat-app/client";
import { useDebouncedSearch } from "../hooks/useDebouncedSearch";

const Results = styled.ul`
  list-style: none;
  margin: 0;
  padding: 4px 0 0;
  display: flex;
  flex-direction: column;
  gap: 2px;
  max-height: 50vh;
  overflow-y: auto;
`;

const Found = styled.section`
  margin-top: 6px;
  padding-top: 4px;
  border-top: 1px solid ${(p) => p.theme.colors.border};
`;

const Heading = styled.h2`
  margin: 4px 4px 0;
  font-size: 0.75rem;
  font-weight: 700;
  text-transform: uppercase;
  letter-spacing: 0.04em;
  color: ${(p) => p.theme.colors.textMuted};
`;

const Note = styled.p`
  margin: 6px 4px 0;
  font-size: 0.875rem;
  opacity: 0.8;
`;

/** The words the server searches for (letters, digits and marks), to mark them in the results. */
const termsOf = (q: string) => q.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];

export interface MessageSearchProps {
  api: ChatApi | undefined;
  selfId: number;
  /** A person's name, for "Alice: " before a group hit. */
  authorName?: (userId: number) => string;
  onOpen: (result: SearchResultJson) => void;
  onError: (error: unknown) => void;
}

/** Who a hit is from: "You: ", in a group the author, in a direct chat nothing (the name says it). */
function prefixOf(t: Translate, result: SearchResultJson, selfId: number, authorName?: (userId: number) => string): string | undefined {
  if (result.sender_id === selfId) return t("list.youPrefix");
  if (typeof result.group_id === "number" && authorName) return t("search.authorPrefix", { name: authorName(result.sender_id) });
  return undefined;
}

/**
 * "Search messages": full-text search over one's own conversations (people and groups); a result
 * opens the chat at that message. The hits are a section of their own, headed "Messages (N)", so
 * they never read as the chat list.
 */
export function MessageSearch({ api, selfId, authorName, onOpen, onError }: MessageSearchProps) {
  const t = useT();
  const [query, setQuery] = useState("");
  const [loadingMore, setLoadingMore] = useState(false);
  const q = query.trim().slice(0, 200);
  const searchMessages = useMemo(
    () => api && ((text: string) => api.searchMessages(text).then(({ results, has_more }) => ({ results, hasMore: has_more }))),
    [api],
  );
  const [found, setFound] = useDebouncedSearch(q, searchMessages, 250, onError);

  const more = () => {
    if (!api || !found || loadingMore) return;
    setLoadingMore(true);
    const last = found.value.results[found.value.results.length - 1];
    api
      .searchMessages(found.query, last?.id)
      .then(({ results, has_more }) =>
        setFound((now) =>
          now && now.query === found.query ? { ...now, value: { results: [...now.value.results, ...results], hasMore: has_more } } : now,
        ),
      )
      .catch(onError)
      .finally(() => setLoadingMore(false));
  };

  const terms = termsOf(q);
  const headingId = useId();
  return (
    <div>
      <SearchField label={t("search.messages")} placeholder={t("search.messages")} value={query} onValueChange={setQuery} />
      {found && found.query === q ? (
        found.value.results.length === 0 ? (
          <Note role="status">{t("search.none", { query: q })}</Note>
        ) : (
          <Found aria-labelledby={headingId} data-search-results>
            <Heading id={headingId}>
              {t("search.heading")}{" "}
              <span data-count>
                ({found.value.results.length}
                {found.value.hasMore ? "+" : ""})
              </span>
            </Heading>
            <Results aria-label={t("search.found")}>
              {found.value.results.map((result) => (
                <li key={result.id}>
                  <SearchResultItem
                    name={(typeof result.group_id === "number" ? result.group_name : result.partner_username) ?? ""}
                    kind={typeof result.group_id === "number" ? "group" : "direct"}
                    text={result.message_content}
                    timestamp={result.timestamp}
                    terms={terms}
                    prefix={prefixOf(t, result, selfId, authorName)}
                    data-message-id={result.id}
                    onClick={() => {
                      setQuery("");
                      onOpen(result);
                    }}
                  />
                </li>
              ))}
              {found.value.hasMore ? (
                <li>
                  <Button variant="ghost" size="sm" onClick={more} disabled={loadingMore}>
                    {t("search.more")}
                  </Button>
                </li>
              ) : null}
            </Results>
          </Found>
        )
      ) : null}
    </div>
  );
}
