const rules = new Map<string, Intl.PluralRules>();

/** "1 ask", "3 asks", "2,000 requests": English plurals chosen by Intl.PluralRules rather than `n === 1`, thousands grouped. */
export function count(n: number, one: string, other: string, locale = 'en'): string {
  let pr = rules.get(locale);
  if (!pr) {
    pr = new Intl.PluralRules(locale);
    rules.set(locale, pr);
  }
  return `${n.toLocaleString(locale)} ${pr.select(n) === 'one' ? one : other}`;
}
