import { z } from "zod";
import { FORBIDDEN_CHARACTERS, idParamSchema, idSchema, pageNumber } from "./common";

export const REPORT_REASON_MAX = 500;
export const REPORTS_PAGE_MAX = 100;

/** Line breaks are allowed in a reason; tabs and carriage returns (and every other control character) are not. */
const NOT_NEWLINE_CONTROL = /[\t\r]/;

export const reportParamsSchema = z.object({ id: idParamSchema });

/** `POST /api/messages/:id/report`: trimmed, 1–500 characters (code points, as PostgreSQL's varchar counts them). */
export const reportInputSchema = z.object({
  reason: z
    .string({ error: "must be a string" })
    .refine((value) => !FORBIDDEN_CHARACTERS.test(value) && !NOT_NEWLINE_CONTROL.test(value), "must not contain control characters")
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(1, "must not be empty")
        .refine((value) => Array.from(value).length <= REPORT_REASON_MAX, `must be at most ${REPORT_REASON_MAX} characters`),
    ),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

export const reportsQuerySchema = z.object({
  before: pageNumber.pipe(idSchema).optional(),
  limit: pageNumber.pipe(z.number().int().min(1, "must be at least 1").max(REPORTS_PAGE_MAX, `must be at most ${REPORTS_PAGE_MAX}`)).default(50),
});
export type ReportsQuery = z.infer<typeof reportsQuerySchema>;

export const adminUserParamsSchema = z.object({ id: idParamSchema });
