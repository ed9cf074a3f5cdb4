/** Keys the server makes up: lower-case letters, digits, dots, dashes and underscores; never a path. */
const KEY = /^[a-z0-9][a-z0-9._-]{0,127}$/;

export function assertStorageKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
  return key;
}
