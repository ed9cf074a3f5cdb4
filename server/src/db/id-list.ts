/**
 * Ids interpolated into `IN (…)`: lists vary in length, and each id is checked to be a safe integer
 * first, so nothing but digits reaches the SQL.
 */
export function idList(ids: readonly number[]): string {
  if (!ids.every((id) => Number.isSafeInteger(id))) throw new Error("ids must be integers");
  return ids.join(", ");
}
