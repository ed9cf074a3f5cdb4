import type { z } from "zod";

type KeysOf<T> = T extends unknown ? keyof T : never;
type ValueAt<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;

/**
 * An object type, or a union of them, as one object of optional fields. A zod object refined to
 * "exactly one of receiver_id and group_id" parses to `{receiver_id?, group_id?}`; the protocol
 * says the same as a union of two objects: compared this way, they are equal.
 */
type Fields<T> = { [K in KeysOf<T>]?: Exclude<ValueAt<T, K>, undefined> };

type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/**
 * True when schema `S` reads exactly the protocol type `P`: the same field names with the same value
 * types, and every value of `P` is input that `S`'s type accepts (so what the schema requires, the
 * protocol requires too). A renamed, added, dropped or retyped field makes it false.
 */
export type ReadsPayload<S extends z.ZodType, P> = [P] extends [z.input<S>] ? Equal<Fields<z.output<S>>, Fields<P>> : false;
