export type TextDirection = 'ltr' | 'rtl';

// Scripts written right to left, for engines without Intl.Locale text info (Firefox, Node < 21 in part).
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

interface WithTextInfo {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/** The direction a BCP 47 locale is written in: Intl.Locale's text info when the engine has it, else a list. */
export function localeDir(locale: string | undefined): TextDirection {
  if (!locale) return 'ltr';
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & WithTextInfo;
    const direction = (info.getTextInfo?.() ?? info.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    return 'ltr';
  }
  return RTL.has(language(locale)) ? 'rtl' : 'ltr';
}

/** "es-MX" → "es". */
export const language = (locale: string): string => locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
