export type { KitMessages } from './types';
export type { PluralForms } from './plural';
export { plural } from './plural';
export { en } from './catalogs/en';
export { localeDir, type TextDirection } from './direction';
export { useKitLocale, type KitLocale } from './useKitLocale';
export type { KitLocaleValue } from './LocaleContext';
