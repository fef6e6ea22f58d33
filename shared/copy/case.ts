/** A subject or sentence starts with a capital, whatever the topic typed ("the budget" -> "The budget"). */
export function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}
