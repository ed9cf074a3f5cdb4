/** TypeORM answers an UPDATE or DELETE … RETURNING on PostgreSQL as [rows, count], on SQLite as the rows. */
export function returned<R>(result: R[] | [R[], number]): R[] {
  return result.length === 2 && Array.isArray(result[0]) && typeof result[1] === "number" ? result[0] : (result as R[]);
}
