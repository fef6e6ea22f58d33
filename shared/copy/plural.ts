const rules = new Map<string, Intl.PluralRules>();

/** "1 ask", "3 asks": English plurals chosen by Intl.PluralRules rather than `n === 1`. */
export function count(n: number, one: string, other: string, locale = 'en'): string {
  let pr = rules.get(locale);
  if (!pr) {
    pr = new Intl.PluralRules(locale);
    rules.set(locale, pr);
  }
  return `${n} ${pr.select(n) === 'one' ? one : other}`;
}
