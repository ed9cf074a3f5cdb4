import type * as Protocol from "@chat-app/protocol";
import type { ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { adminUserParamsSchema, reportInputSchema, reportParamsSchema, reportsQuerySchema } from "../schemas";
import type { ErrorStatus } from "./errors";
import type { Operation } from "./paths";
import { userProfileSchema } from "./response-schemas";

const json = (description: string, schema: z.ZodType): ResponseConfig => ({ description, content: { "application/json": { schema } } });
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema } } });
const BODY_ERRORS: ErrorStatus[] = [400, 413, 415];
const isoTime = z.iso.datetime({ offset: true });
const id = z.number().int().positive();
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

const reportedUserSchema = userProfileSchema
  .extend({ deactivated: z.boolean() })
  .meta({ id: "ReportedUser", description: "A reported message's sender, and whether an admin deactivated them." });
const reportSchema = z
  .strictObject({
    id,
    reason: z.string(),
    created_at: isoTime,
    reporter: orNull(userProfileSchema).meta({ description: "Null once the reporter's account is gone" }),
    sender: orNull(reportedUserSchema).meta({ description: "Null once the sender's account is gone" }),
    message: z
      .strictObject({ id, text: z.string(), sent_at: isoTime, deleted: z.boolean() })
      .meta({ description: "`text` as it read when reported; `deleted`: deleted since" }),
    conversation: z.union([z.strictObject({ group_id: id, receiver_id: z.null() }), z.strictObject({ receiver_id: id, group_id: z.null() })]),
  })
  .meta({ id: "Report" });
const reportsPageSchema = z
  .strictObject({ reports: z.array(reportSchema), next_before: orNull(id).meta({ description: "`before` for the next page; null: no more" }) })
  .meta({ id: "ReportsPage", description: "Reports, newest first." });
const reportCreatedSchema = z.strictObject({ report: z.strictObject({ id, message_id: id, created_at: isoTime }) }).meta({ id: "ReportCreated" });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const mirrors = <T extends true>(): T | undefined => undefined;
mirrors<Same<z.infer<typeof reportsPageSchema>, Protocol.ReportsPage>>();

const ADMINS_ONLY = "Admins only (ADMIN_USERNAMES): anyone else gets 403.";

/** Reports and instance admin (server/src/http/routes/admin.routes.ts). */
export const ADMIN_OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/api/messages/{id}/report",
    tags: ["admin"],
    summary: "Report a message to the instance's admins",
    description:
      "By anyone who may read the message (404 for anyone else, as for a message that does not exist). `reason`: 1–500 characters after trimming, line breaks allowed, no other control characters. Once per person and message: again → 409. Not one's own message (400), a deleted one or a group notice (409). At most REPORTS_PER_HOUR per person (429). The report keeps the message's text as it is now.",
    request: { params: reportParamsSchema, body: body(reportInputSchema) },
    ok: { 201: json("Reported", reportCreatedSchema) },
    authenticated: true,
    errors: [...BODY_ERRORS, 404, 409],
  },
  {
    method: "get",
    path: "/api/admin/reports",
    tags: ["admin"],
    summary: "Reports, newest first",
    description: `Keyset pages: \`limit\` (1–100, default 50), then \`before\` = the previous page's \`next_before\`. ${ADMINS_ONLY}`,
    request: { query: reportsQuerySchema },
    ok: { 200: json("A page of reports", reportsPageSchema) },
    authenticated: true,
    errors: [400, 403],
  },
  {
    method: "post",
    path: "/api/admin/users/{id}/deactivate",
    tags: ["admin"],
    summary: "Deactivate an account: its sessions end at once, log-in is refused",
    description: `Every session is revoked (tokens refused at once, sockets disconnected on every process); log-in answers 403 \`This account has been deactivated\`. Idempotent. Not oneself (400), nor another admin (403: remove them from ADMIN_USERNAMES first); 404 for nobody. ${ADMINS_ONLY}`,
    request: { params: adminUserParamsSchema },
    ok: { 204: { description: "Deactivated" } },
    authenticated: true,
    errors: [400, 403, 404],
  },
  {
    method: "post",
    path: "/api/admin/users/{id}/reactivate",
    tags: ["admin"],
    summary: "Let a deactivated account log in again",
    description: `Idempotent; the sessions ended by the deactivation stay ended. 404 for nobody. ${ADMINS_ONLY}`,
    request: { params: adminUserParamsSchema },
    ok: { 204: { description: "Active" } },
    authenticated: true,
    errors: [400, 403, 404],
  },
];
