import type { Writable } from "node:stream";
import type { ExportedGroupJson } from "@chat-app/protocol";
import type { AccountQueries } from "../db/account-queries";
import type { UserQueries } from "../db/user-queries";
import { unauthorized } from "../errors";
import type { AttachmentService } from "./attachment.service";
import type { BlockService } from "./block.service";
import type { MessageService } from "./message.service";
import { rowToMessageJson, toOwnUser } from "./presenters";
import type { SessionService } from "./session.service";

/** Messages read per query: the document is never held whole, only one page at a time. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * `GET /api/me/export`: the AccountExportJson document written to `out` piece by piece. The small
 * parts come first; then the messages, read in keyset pages by id and written as each page
 * arrives, waiting for the socket to drain, so memory holds one page whatever the history's size.
 */
export class ExportService {
  constructor(
    private readonly users: UserQueries,
    private readonly accounts: AccountQueries,
    private readonly sessions: SessionService,
    private readonly blocks: BlockService,
    private readonly messages: MessageService,
    private readonly attachments: AttachmentService,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The account's username, for the file name; 401 when it is gone. */
  async username(userId: number): Promise<string> {
    const user = await this.users.findById(userId);
    if (!user) throw unauthorized();
    return user.username;
  }

  async write(userId: number, sessionId: number, out: Writable): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw unauthorized();
    const [sessions, blocks, conversations, groups] = await Promise.all([
      this.sessions.list(userId, sessionId),
      this.blocks.list(userId),
      this.messages.conversations(userId),
      this.accounts.groupsOf(userId),
    ]);
    const head = {
      format: 1,
      exported_at: new Date(this.clock()).toISOString(),
      profile: toOwnUser(user),
      sessions: sessions.sessions,
      blocks: blocks.blocks,
      conversations,
      groups: groups.map(groupJson),
    };
    await send(out, `${JSON.stringify(head).slice(0, -1)},"messages":[`);
    let afterId = 0;
    let first = true;
    for (;;) {
      const rows = await this.accounts.messagesAfter(userId, afterId, EXPORT_PAGE_SIZE);
      if (rows.length === 0) break;
      const page = await this.attachments.withAttachments(rows.map(rowToMessageJson));
      await send(out, (first ? "" : ",") + page.map((message) => JSON.stringify(message)).join(","));
      first = false;
      afterId = Number(rows.at(-1)!.id);
      if (rows.length < EXPORT_PAGE_SIZE) break;
    }
    await send(out, "]}");
  }
}

const groupJson = (row: Awaited<ReturnType<AccountQueries["groupsOf"]>>[number]): ExportedGroupJson => ({
  id: Number(row.id),
  name: row.name,
  role: row.role,
  joined_at: new Date(Number(row.joined_at)).toISOString(),
  created_at: new Date(Number(row.created_at)).toISOString(),
});

/** Writes, then waits while the socket's buffer is full; fails if the client went away. */
async function send(out: Writable, text: string): Promise<void> {
  if (out.destroyed) throw new Error("export: the client went away");
  if (!out.write(text)) await drainedOrClosed(out);
}

function drainedOrClosed(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("close", done);
      resolve();
    };
    out.on("drain", done);
    out.on("close", done);
  });
}
