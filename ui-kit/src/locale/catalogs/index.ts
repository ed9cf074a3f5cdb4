// `@chat-app/ui-kit/locales`: every built-in catalog and a picker. Importing this bundles all of
// them; `@chat-app/ui-kit/locales/es` bundles one.
import type { KitMessages } from '../types';
import { language } from '../direction';
import { en } from './en';
import { es } from './es';
import { ar } from './ar';

export { en, es, ar };
export type { KitMessages };

export const catalogs: ReadonlyMap<string, KitMessages> = new Map([
  ['en', en],
  ['es', es],
  ['ar', ar],
]);

/** The built-in catalog for a BCP 47 tag's language ("es-MX" → Spanish), English when there is none. */
export function catalogFor(locale: string | undefined): KitMessages {
  return (locale && catalogs.get(language(locale))) || en;
}
