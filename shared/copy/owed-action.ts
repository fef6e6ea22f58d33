/**
 * "What they owe" is typed either as a thing ("the signed menu") or as what they will do
 * ("sign the form"). Every sentence that says it needs the second: "could you send the signed
 * menu?", "you were going to send the signed menu". A phrase that begins with one of the verbs
 * below is an action and is used as typed; anything else is a thing they are to send.
 *
 * A list rather than a part-of-speech tagger: compromise, tried on what assistants type, reads
 * "budget figures", "invoice" and "deposit" as verbs ("could you budget figures?"). A fixed
 * list is predictable, and the form shows the sentence as it will read.
 */
const ACTION_VERBS = new Set(
  [
    'accept add advise agree amend answer approve arrange ask attach attend book bring call cancel change check choose',
    'clear collect come complete confirm consider correct countersign courier decide decline deliver discuss double-check',
    'draft drop email fill finalise finalize find fix follow forward get give hand hold introduce invite join keep let',
    'look make meet move nominate note notify obtain organise organize pass pay phone pick post prepare print propose',
    'provide put raise read register remove reply reserve resend respond return review ring rsvp schedule scan see',
    'select send set settle share sign sort speak submit suggest supply talk tell think transfer try update upload',
    'verify visit wire',
  ]
    .join(' ')
    .split(' '),
);

/** Words that open a sentence as typed ("Send the…", "The signed…") but not mid-sentence. */
const LOWER_MID_SENTENCE = new Set([
  'the',
  'a',
  'an',
  'their',
  'your',
  'our',
  'his',
  'her',
  'its',
  'this',
  'that',
  'these',
  'those',
  'some',
  'any',
]);

/** What the client is to do, as a verb phrase that follows "could you" or "going to". */
export function owedAction(what: string): string {
  const typed = what.trim().replace(/^to\s+/i, '');
  if (!typed) return 'get back to us';
  const [first = '', ...rest] = typed.split(/\s+/);
  const word = first.toLowerCase();
  const verb = ACTION_VERBS.has(word);
  // "Send" or "The" as typed at the start of the field; "RSVP" and names keep their capitals.
  const lead = (verb || LOWER_MID_SENTENCE.has(word)) && first.slice(1) === first.slice(1).toLowerCase() ? word : first;
  const phrase = [lead, ...rest].join(' ');
  return verb ? phrase : `send ${phrase}`;
}
