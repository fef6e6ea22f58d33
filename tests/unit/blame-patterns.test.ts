import { describe, expect, it } from 'vitest';
import { blameWarnings, findBlame } from '../../shared/drafts/never-blame';

// Each of the never-blame patterns (issue 24), with the words it must find written out by hand,
// and the near misses it must leave alone: every pattern has a phrase only it catches, so a
// pattern deleted or loosened is noticed.
const FOUND: [text: string, found: string[]][] = [
  ['Alex forgot to reply.', ['forgot']],
  ['It was forgotten, and he forgets things.', ['forgotten', 'forgets']],
  ['She keeps forgetting.', ['forgetting']],
  ['The email was ignored.', ['ignored']],
  ['He ignores it; ignoring is easy.', ['ignores', 'ignoring']],
  ['Sorry for the delay.', ['delay']],
  ['It was delayed again, and it delays us.', ['delayed', 'delays']],
  ['Delaying it helps nobody.', ['Delaying']],
  ['It was overlooked.', ['overlooked']],
  ['He overlooks the detail.', ['overlooks']],
  ['The request was neglected.', ['neglected']],
  ['Do not neglect it; he neglects things.', ['neglect', 'neglects']],
  ['Neglecting it was a mistake.', ['Neglecting']],
  ['He hasn’t got round to it.', ['n’t got round to']],
  ['She has not yet gotten around to it.', ['not yet gotten around to']],
  ["They haven't come round to it.", ["n't come round to"]],
  ['He has not had a chance to look.', ['not had a chance']],
  ['She hasn’t yet had the time.', ['n’t yet had the time']],
  ['It slipped through the cracks.', ['slipped through the cracks']],
  ['It slipped through the net, and slipped his mind.', ['slipped through the net', 'slipped his mind']],
  ['We lost track of it.', ['lost track']],
  ['He lost   track.', ['lost track']],
  ['He is sitting on it.', ['sitting on it']],
  ['Sitting on this will not help, nor sitting on that.', ['Sitting on this', 'sitting on that']],
  ['She is dragging her feet.', ['dragging her feet']],
  ['They dragged their feet; he dragged his feet.', ['dragged their feet', 'dragged his feet']],
  ['He put it off.', ['put it off']],
  ['They put this off, then put that off.', ['put this off', 'put that off']],
  ['FORGOT, forgot.', ['FORGOT', 'forgot']],
  ['Please do not overlook it.', ['overlook']],
  // Words split by runs of spaces or a line break (a draft wraps anywhere) are still found, and quoted with single spaces.
  ['He hasn’t  yet\n got  around  to it.', ['n’t yet got around to']],
  ['She has not  yet  had  a  chance, nor  had  the\ttime.', ['not yet had a chance']],
  ['I haven’t\nhad  the  time.', ['n’t had the time']],
  ['It slipped  through  the\n cracks and slipped  her\n mind.', ['slipped through the cracks', 'slipped her mind']],
  ['He is sitting\n on  it.', ['sitting on it']],
  ['They are dragging  their\n feet.', ['dragging their feet']],
  ['Do not put  it\n off.', ['put it off']],
];

const LEFT_ALONE = [
  'Your request has not been forgotten.',
  'It hasn’t been forgotten.',
  'It is never forgotten here.',
  'Not forgotten: it is with Alex today.',
  'It has not  been\n forgotten.',
  'It is not\nforgotten.',
  'A forgery, an ignorant remark, the overlookers.',
  'He got round to it yesterday.',
  'She had a chance to look.',
  'It slipped on the ice.',
  'The track was lost in the fog.',
  'He is sitting on the board.',
  'They dragged the feet of the table.',
  'He put it on the list.',
];

describe('never blame: the phrases found', () => {
  it.each(FOUND)('%s', (text, found) => {
    expect(findBlame(text)).toEqual(found);
  });

  it.each(LEFT_ALONE)('leaves alone: %s', (text) => {
    expect(findBlame(text)).toEqual([]);
  });

  it('a reassurance does not hide blame beside it', () => {
    expect(findBlame('It has not been forgotten, though he forgot once.')).toEqual(['forgot']);
  });

  it('says each phrase found as a warning; words the user typed about the request are theirs, not blame', () => {
    expect(blameWarnings('About the delayed invoice: he lost track.', ['the delayed invoice'])).toEqual([
      '“lost track” could read as blaming someone. Explain the wait in neutral terms.',
    ]);
    expect(blameWarnings('About the delayed invoice.', [])).toEqual([
      '“delayed” could read as blaming someone. Explain the wait in neutral terms.',
    ]);
  });

  it('takes the user’s words as typed: spaces around them ignored, brackets and dots meaning themselves', () => {
    expect(blameWarnings('About the delayed invoice.', ['  the delayed invoice  ', '   '])).toEqual([]);
    expect(blameWarnings('About the delayed (Q3) report.', ['delayed (Q3)'])).toEqual([]);
    // Each time they appear, and in any case: a subject opens with the topic capitalised.
    expect(blameWarnings('The delayed invoice: an answer. About the delayed invoice.', ['the delayed invoice'])).toEqual([]);
    // A dot in their words is a dot: "the delayed.invoice" does not cover "the delayed invoice".
    expect(blameWarnings('About the delayed invoice.', ['the delayed.invoice'])).toEqual([
      '“delayed” could read as blaming someone. Explain the wait in neutral terms.',
    ]);
  });
});
