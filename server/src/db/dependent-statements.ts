import type { CompiledQuery } from "./compiled-query";

/**
 * Statements that must commit together with an inserted row or not at all, each given the new
 * row's id: every one must return a row (`… RETURNING`), else the whole insert is rolled back and
 * `DependentRefused` is thrown.
 */
export interface DependentStatements<D extends Record<string, unknown>> {
  query: CompiledQuery<D>;
  parameters(insertedId: number): D[];
}

/** A dependent statement changed nothing: the insert it depended on was rolled back with it. */
export class DependentRefused extends Error {
  constructor() {
    super("a statement bound to the insert changed nothing; the insert was rolled back");
    this.name = "DependentRefused";
  }
}

/** Dependent statements in the driver's own form (SQL and positional parameters), so different ones can be listed together. */
export interface BoundDependents {
  sql: string;
  parameters(insertedId: number): unknown[][];
}

/** Every group of dependent statements of one insert, run in order (e.g. attachment claims, then mentions). */
export type DependentList = readonly BoundDependents[];

export const bound = <D extends Record<string, unknown>>(dependents: DependentStatements<D>): BoundDependents => ({
  sql: dependents.query.sqlText,
  parameters: (id) => dependents.parameters(id).map((row) => dependents.query.parametersOf(row)),
});
