import { useEffect, useState, type RefObject } from 'react';
import type { FieldErrors } from './validation';

/**
 * A form's field errors from the server: each shown until the person edits its field; a new set
 * shows them all again and focuses the first field (in `fields` order) that has one.
 */
export function useServerFieldErrors<K extends string>(
  fieldErrors: FieldErrors<K> | undefined,
  refs: Partial<Record<K, RefObject<HTMLInputElement | null>>>,
  fields: readonly K[],
) {
  const [edited, setEdited] = useState<{ of?: FieldErrors<K>; fields: ReadonlySet<K> }>({ fields: new Set() });
  if (edited.of !== fieldErrors) setEdited({ of: fieldErrors, fields: new Set() });
  const shown: FieldErrors<K> = {};
  for (const field of fields) if (fieldErrors?.[field] && !edited.fields.has(field)) shown[field] = fieldErrors[field];

  useEffect(() => {
    const first = fields.find((f) => fieldErrors?.[f]);
    if (first) refs[first]?.current?.focus();
    // Only when the server's answer changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fieldErrors]);

  /** The person edited `field`: its server error goes. */
  const edit = (field: K) => {
    if (shown[field]) setEdited((e) => ({ ...e, fields: new Set([...e.fields, field]) }));
  };
  return [shown, edit] as const;
}
