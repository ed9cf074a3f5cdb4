/** Which CLDR plural forms a message gives; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * `plural('ar')(3, { few: '# أعضاء', other: '# عضو' })`: picks the form with `Intl.PluralRules` and
 * puts the number, formatted with `Intl.NumberFormat`, where `#` is. Formatters are made on first
 * use, so importing a catalog costs nothing.
 */
export function plural(locale: string): (count: number, forms: PluralForms) => string {
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  return (count, forms) => {
    rules ??= new Intl.PluralRules(locale);
    numbers ??= new Intl.NumberFormat(locale);
    return (forms[rules.select(count)] ?? forms.other).replace('#', numbers.format(count));
  };
}
