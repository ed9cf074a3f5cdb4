import type { z } from "zod";
import { badRequest } from "../errors";

/** Turns the first validation problem into a message that names the field. */
export function describeIssue(error: z.ZodError, input: unknown): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid input";
  const field = issue.path.map(String).join(".");
  if (!field && issue.code === "invalid_type") return "expected a JSON object";
  if (issue.code === "invalid_type" && valueAt(input, issue.path) === undefined) return `${field} is required`;
  return field ? `${field} ${issue.message}` : issue.message;
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Parses input with a schema; bad input becomes a 400 whose message names the field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw badRequest(describeIssue(result.error, input));
  return result.data;
}
