import type { ConversationRow } from "@chat-app/client";
import { loadLanguage, t } from "../i18n/i18n";
import { fileCatalog } from "../i18n/test-catalogs";
import { summaryOf } from "./summaries";

const row = (deleted: boolean): ConversationRow => ({
  key: "u:2",
  kind: "direct",
  id: 2,
  name: "Deleted account",
  ...(deleted ? { deleted: true as const } : {}),
  last: { id: 9, sender_id: 2, receiver_id: 1, message_content: "bye", timestamp: "2026-12-03T10:00:00.000Z", client_id: "c-9" },
  activity: 9,
  unread: 0,
  mentions: 0,
});
const context = {
  selfId: 1,
  presence: new Map([[2, { user_id: 2, online: true, last_seen_at: null }]]),
  typing: new Map(),
  groups: new Map(),
  userName: () => "bob",
  t,
};

describe("summaryOf: a partner who deleted their account", () => {
  it("is named in the reader's language, keeps the preview, and shows no presence", async () => {
    await loadLanguage("es", fileCatalog);
    expect(summaryOf(row(true), context)).toMatchObject({ name: "Cuenta eliminada", lastMessage: "bye", presence: undefined });
    await loadLanguage("en", fileCatalog);
    expect(summaryOf(row(true), context).name).toBe("Deleted account");
    expect(summaryOf(row(false), context).presence).toBe("online");
  });
});
