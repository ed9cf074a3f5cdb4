import type * as Protocol from "@chat-app/protocol";
import type { ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { deleteAccountSchema } from "../schemas";
import type { Operation } from "./paths";
import { blockSchema, conversationSummarySchema, messageSchema, ownUserSchema, sessionSchema } from "./response-schemas";

const isoTime = z.iso.datetime({ offset: true });
const exportedGroupSchema = z
  .strictObject({ id: z.number().int().positive(), name: z.string(), role: z.enum(["admin", "member"]), joined_at: isoTime, created_at: isoTime })
  .meta({ id: "ExportedGroup" });
const accountExportSchema = z
  .strictObject({
    format: z.literal(1),
    exported_at: isoTime,
    profile: ownUserSchema,
    sessions: z.array(sessionSchema),
    blocks: z.array(blockSchema),
    conversations: z.array(conversationSummarySchema),
    groups: z.array(exportedGroupSchema),
    messages: z.array(messageSchema),
  })
  .meta({ id: "AccountExport" });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const mirrors = <T extends true>(): T | undefined => undefined;
mirrors<Same<z.infer<typeof exportedGroupSchema>, Protocol.ExportedGroupJson>>();

const download: ResponseConfig = {
  description: "The AccountExport document, streamed",
  headers: {
    "Content-Disposition": { description: '`attachment; filename="chat-export-<username>-<YYYY-MM-DD>.json"`', schema: { type: "string" as const } },
  },
  content: { "application/json": { schema: accountExportSchema } },
};

/** Export and deletion of the caller's account (server/src/http/routes/account.routes.ts). */
export const ACCOUNT_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/me/export",
    tags: ["users"],
    summary: "Everything the server holds about the caller, as one JSON file",
    description:
      "Profile, sessions, blocks, conversations, groups and every message the caller sent or may read (oldest first, with attachments' metadata and signed download links, valid for ATTACHMENT_URL_TTL). Written as it is read, 500 messages at a time, never held whole. One export per minute per user, else 429.",
    ok: { 200: download },
    authenticated: true,
    errors: [],
  },
  {
    method: "delete",
    path: "/api/me",
    tags: ["users"],
    summary: "Delete the caller's account (the password is asked for)",
    description:
      'Wrong `password` → 403, counted with failed log-ins of the account (then 429) and against the per-address log-in budget. On 204: every session ends and its sockets are disconnected; the account leaves every group (as POST /api/groups/{id}/leave); its uploads and avatar are deleted; the messages it sent stay, text kept, attachments gone, in the other people\'s histories, from a user shown as `{username: "deleted-<id>", display_name: "Deleted account", deleted: true}`. The username can be registered again only after USERNAME_HOLD_DAYS (409 until then).',
    request: { body: { required: true, content: { "application/json": { schema: deleteAccountSchema } } } },
    ok: { 204: { description: "Deleted" } },
    authenticated: true,
    errors: [400, 413, 415, 403],
  },
];
