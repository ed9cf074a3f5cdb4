/** Field errors keyed by field name; a missing key means the field is valid. */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,32}$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function hasErrors<K extends string>(errors: FieldErrors<K>): boolean {
  return Object.values(errors).some(Boolean);
}
