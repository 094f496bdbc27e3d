// The opinion pages: the writer's own first person is no source, groups by cause are vague, habits of saying ("like
// to say") are reports, an emphatic reflexive names no one new, and a spokesperson speaks for an office named with
// "of the". Invented sentences.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const claimOf = (text: string, words: string) => analyze(`${text}\n`).claims.find((c) => c.text.includes(words));
const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;
const sourceOf = (text: string, cue: string) => analyze(`${text}\n`).attributions.find((a) => a.cue.text === cue);

describe('opinion pages', () => {
  it('the writer\'s "I would add that …" stays the writer\'s claim; a quoted "I" is the speaker\'s', () => {
    const letter = claimOf('I would add that the café operator, the Wenlow Community Trust, already runs two similar venues in the county, both of which turned a profit last year.', 'turned a profit');
    assert.equal(letter?.status, 'unsourced');
    const quoted = claimOf('Ruiz said: "I told them that the county closed 14 libraries last year."', 'closed 14 libraries');
    assert.equal(quoted?.status, 'attributed');
  });

  it('groups named by their cause are vague sources', () => {
    assert.equal(sourceOf('Civil liberties groups have said they will sue the state.', 'said')?.vague, true);
    assert.equal(claimOf('Civil liberties groups say that 40 people were wrongly fined in 2025.', '40 people')?.status, 'unsourced');
    // A plural agent noun names people who may consider something so.
    const consider = sourceOf('Several Republican appropriators consider her a grandstander who has never written a bill.', 'consider');
    assert.deepEqual([consider?.source?.text, consider?.vague], ['Several Republican appropriators', true]);
  });

  it('a habit of saying is a report ("like to say", "love to say"), a wish after a modal is not', () => {
    const like = sourceOf('Supporters like to say that age checks are working in other states.', 'say');
    assert.equal(like?.source?.text, 'Supporters');
    assert.equal(like?.vague, true);
    assert.equal(sourceOf('Critics love to say the plan will raise rents.', 'say')?.source?.text, 'Critics');
    assert.equal(sourceOf('Ruiz would like to say more.', 'say'), undefined);
    // Nor past a negation, nor after a contracted modal (one token with its subject).
    assert.equal(sourceOf('Officials would not like to say whether the plan will pass.', 'say')?.source ?? undefined, undefined);
    assert.equal(sourceOf("Officials wouldn't like to say whether the plan will pass.", 'say')?.source ?? undefined, undefined);
    assert.equal(sourceOf("They'd like to say the plan will pass.", 'say')?.source ?? undefined, undefined);
  });

  it('"Merriweather himself" is Merriweather', () => {
    const text = 'Lachlan Merriweather wrote the book.\n\nAs Merriweather himself admits in a footnote, "the data on regulatory burden is thin".\n';
    assert.equal(speakerOf(text, 'the data')?.name, 'Lachlan Merriweather');
  });

  it('a spokesperson for an office named with "of the" speaks for it, and the subject of what they said is no speaker', () => {
    const text = 'After three days of calls, a spokesperson for the Calder Office of the Attorney General said guidance would be published "in due course." That is late.\n';
    const speaker = speakerOf(text, 'in due course');
    assert.equal(speaker?.text, 'a spokesperson for the Calder Office of the Attorney General');
    assert.equal(speaker?.name, 'Calder Office of the Attorney General');
  });

  it('a reason for not naming a source inside its phrase, or in commas, makes it anonymous', () => {
    const inside = claimOf('An official who could not be named under department rules said the plan would cost $2 billion.', '$2 billion');
    assert.ok(inside?.reasons.includes('anonymous-source'), inside?.reasons.join(','));
    const quoted = claimOf('Two aides, who would rather not be quoted by name, said the plan would cost $2 billion.', '$2 billion');
    assert.ok(quoted?.reasons.includes('anonymous-source'), quoted?.reasons.join(','));
    // A relative clause that names someone else is no reason.
    assert.equal(claimOf('A lawyer who named the contractor said the plan would cost $2 billion.', '$2 billion')?.status, 'attributed');
  });

  it('a columnist\'s unnamed contacts are anonymous sources, unless named in apposition', () => {
    const anonymous = (text: string) => claimOf(text, '$2 billion')?.reasons.includes('anonymous-source');
    assert.ok(anonymous('A friend in the ministry tells me the plan would cost $2 billion.'));
    assert.ok(anonymous('A contact at the regulator told this newsletter the plan would cost $2 billion.'));
    assert.ok(anonymous('Those in the know say the plan would cost $2 billion.'));
    assert.ok(anonymous('I have it on good authority that the plan would cost $2 billion.'));
    assert.ok(!anonymous('My friend in the Senate, Ana Ruiz, said the plan would cost $2 billion.'));
  });
});
