import { createContext } from 'react';
import { en } from './catalogs/en';
import type { TextDirection } from './direction';
import type { KitMessages } from './types';

export interface KitLocaleValue {
  /** BCP 47 tag for Intl, or undefined for the runtime's default (no provider, no `locale`). */
  locale: string | undefined;
  messages: KitMessages;
  dir: TextDirection;
}

export const defaultKitLocale: KitLocaleValue = { locale: undefined, messages: en, dir: 'ltr' };

export const LocaleContext = createContext<KitLocaleValue>(defaultKitLocale);
