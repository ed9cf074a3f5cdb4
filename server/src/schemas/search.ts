import { z } from "zod";
import { cleanText, FORBIDDEN_CHARACTERS, idSchema, pageNumber } from "./common";

export const userSearchSchema = z.object({
  search: cleanText(z.string({ error: "must be a string" }).max(64, "must be at most 64 characters")).default(""),
});

export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_RESULTS = 50;

// A search query is one line of text: no control characters at all (tab and newlines included).
const SEARCH_CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/;

export const messageSearchSchema = z.object({
  q: z
    .string({ error: "must be a string" })
    .refine((text) => !FORBIDDEN_CHARACTERS.test(text) && !SEARCH_CONTROL_CHARACTERS.test(text), "must not contain control characters")
    .refine((text) => text.trim().length > 0, "must not be empty")
    .refine((text) => [...text].length <= MAX_SEARCH_LENGTH, `must be at most ${MAX_SEARCH_LENGTH} characters`),
  before: pageNumber.pipe(idSchema).optional(),
  limit: pageNumber
    .pipe(z.number().int().min(1, "must be at least 1").max(MAX_SEARCH_RESULTS, `must be at most ${MAX_SEARCH_RESULTS}`))
    .default(MAX_SEARCH_RESULTS),
});
export type MessageSearchInput = z.infer<typeof messageSearchSchema>;
