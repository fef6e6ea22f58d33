/**
 * A topic is stored as its words alone: quotation marks are wording for a sentence, so they
 * never reach a stored topic, a subject or an offer's title. Drafts add them where the topic
 * sits inside a sentence and could be mistaken for the sentence's own words.
 */

/** “Extending the Leeds office lease” → Extending the Leeds office lease: the marks earlier versions added. */
export function storedTopic(topic: string): string {
  const quoted = /^“([^“”]+)”$/u.exec(topic.trim());
  return quoted ? quoted[1]!.trim() : topic;
}

/**
 * The topic as it reads mid-sentence ("Thank you for getting in touch about …"): quoted when
 * it starts with a capital, since such a topic is a subject line or a title, and unquoted it
 * reads as if the sentence broke off ("about Extending the Leeds office lease").
 */
export function topicInSentence(topic: string): string {
  const bare = storedTopic(topic).trim();
  return /^\p{Lu}/u.test(bare) ? `“${bare}”` : bare;
}
