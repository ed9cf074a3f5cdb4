function driverCode(error: unknown): string | undefined {
  const cause = (error as { driverError?: { code?: string } } | undefined)?.driverError ?? error;
  return (cause as { code?: string } | undefined)?.code;
}

/** True when a write failed on a unique index (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  const code = driverCode(error);
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "23505";
}

/** True when a write referenced a row that does not exist (SQLite or PostgreSQL). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = driverCode(error);
  return code === "SQLITE_CONSTRAINT_FOREIGNKEY" || code === "23503";
}
