import type { ValueTransformer } from "typeorm";

/**
 * Times are stored as integer milliseconds since the epoch: the same column type and precision on
 * SQLite and PostgreSQL, and no time-zone conversion anywhere between the driver and the JSON.
 */
export const epochMs: ValueTransformer = {
  to: (value: Date | undefined) => (value instanceof Date ? value.getTime() : value),
  from: (value: string | number | null) => (value === null ? null : new Date(Number(value))),
};
