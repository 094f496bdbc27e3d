// Every judgement of the quote check on a real transcript: verbatim, each minor convention, each kind of
// alteration with its class, not-found, speaker mismatch and joined passages; and the article-level run.
import assert from 'node:assert/strict';
import { checkQuote } from '../../src/core/quotecheck/judge.js';
import { prepare } from '../../src/core/quotecheck/prepared.js';
import { parseSnapshotText } from '../../src/core/quotecheck/snapshot.js';
import { runQuoteCheck } from '../../src/core/quotecheck/run.js';
import type { LoadedSnapshot } from '../../src/core/quotecheck/load.js';
import { analyze } from '../../src/core/index.js';
import { anchorFacts } from '../../src/core/facts/anchor.js';
import { targetFromSpan } from '../../src/core/facts/edits.js';
import type { FactsFile } from '../../src/core/facts/types.js';

const VTT = `WEBVTT

00:00:01.000 --> 00:00:05.000
<v Fumio Kishida>In the spirit of opening a new chapter together, I wish to convey my unwavering determination

00:00:05.000 --> 00:00:09.000
to meet President Kim Jong Un in person, at any time, and without any preconditions. We will not give up.

00:00:09.000 --> 00:00:12.000
<v Moderator>Thank you, Prime Minister. We have 12 questions today about the economy.

00:00:12.000 --> 00:00:18.000
<v Fumio Kishida>Japan's defence budget will rise by 26 percent over five years, and we don't regret it.

00:00:18.000 --> 00:00:30.000
<v Fumio Kishida>Let me add something about farming, fishing, the coastal towns of the north, the tourism season, the exporters who waited, and the young families who moved away from the regions over many years of decline.

00:00:30.000 --> 00:00:34.000
<v Fumio Kishida>Those families deserve our full support this winter.
`;

const read = parseSnapshotText('k.vtt', VTT);
if (!read.ok) throw new Error(read.message);
const prep = prepare(read.doc);
const check = (quote: string, speaker = 'Fumio Kishida') => checkQuote(prep, quote, speaker);

describe('quote check: judgements', () => {
  it('verbatim: the same words and characters, across cues', () => {
    const r = check('In the spirit of opening a new chapter together, I wish to convey my unwavering determination to meet President Kim Jong Un in person');
    assert.equal(r.judgement, 'verbatim');
    assert.equal(r.severity, 'info');
    assert.equal(r.sourceSpeaker, 'Fumio Kishida');
    assert.equal(r.speakerMismatch, false);
    assert.equal(r.at!.passage.line, 4);
    assert.match(r.at!.context, /spirit of opening/);
  });

  it('minor: case, curly marks, punctuation, contractions spelled out', () => {
    assert.deepEqual(check('in the spirit of opening a new chapter together').minor, ['case']);
    assert.deepEqual(check('Japan’s defence budget will rise by 26 percent').minor, ['marks']);
    assert.deepEqual(check('we will not give up!').minor, ['case']);
    const contraction = check('and we do not regret it');
    assert.equal(contraction.judgement, 'minor');
  });

  it('minor: the quoting conventions … and […], [bracketed] insertions and [sic]', () => {
    const omitted = check('I wish to convey my unwavering determination […] without any preconditions');
    assert.equal(omitted.judgement, 'minor');
    assert.deepEqual(omitted.minor, ['omission']);
    assert.equal(check('I wish to convey [his] unwavering determination to meet [Kim] in person').judgement, 'minor');
    assert.deepEqual(check('We will not [sic] give up.').minor, ['sic']);
  });

  it('altered: a swapped word is a warning with a word diff', () => {
    const r = check('I wish to convey my strong determination to meet President Kim Jong Un');
    assert.equal(r.judgement, 'altered');
    assert.equal(r.severity, 'warning');
    assert.deepEqual(r.changes, [{ kind: 'swap', quote: 'strong', source: 'unwavering', class: 'word' }]);
    assert.deepEqual(r.diff[0], { kind: 'same', text: 'I wish to convey my' });
  });

  it('altered: a dropped or added negation, a changed number or name is an error', () => {
    const dropped = check('We will give up.');
    assert.deepEqual([dropped.severity, dropped.changes], ['error', [{ kind: 'dropped', source: 'not', class: 'negation' }]]);
    const added = check('and we do not regret it never');
    assert.equal(added.severity, 'error');
    const number = check("Japan's defence budget will rise by 36 percent over five years");
    assert.deepEqual(number.changes, [{ kind: 'swap', quote: '36', source: '26', class: 'number' }]);
    const name = check('to meet President Biden in person, at any time');
    assert.equal(name.severity, 'error');
    assert.ok(name.changes.some((c) => c.class === 'name' && c.quote === 'Biden'), JSON.stringify(name.changes));
  });

  it('altered: an omission without an ellipsis shows the dropped words', () => {
    const r = check('I wish to convey my determination to meet President Kim Jong Un');
    assert.deepEqual(r.changes, [{ kind: 'dropped', source: 'unwavering', class: 'word' }]);
  });

  it('not-found: words the snapshot does not have', () => {
    const r = check('Taxes will be cut for every household by next spring');
    assert.equal(r.judgement, 'not-found');
    assert.equal(r.severity, 'warning');
  });

  it('speaker-mismatch: the words are in the transcript, said by someone else', () => {
    const r = check('We have 12 questions today about the economy.');
    assert.equal(r.judgement, 'verbatim');
    assert.equal(r.speakerMismatch, true);
    assert.equal(r.sourceSpeaker, 'Moderator');
    assert.equal(r.severity, 'error');
  });

  it('joined passages: without an ellipsis it is an alteration, with one it is said', () => {
    const unmarked = check('I wish to convey my unwavering determination, those families deserve our full support this winter.');
    assert.equal(unmarked.judgement, 'altered');
    assert.equal(unmarked.severity, 'error');
    assert.deepEqual(unmarked.joined && [unmarked.joined.marked, unmarked.joined.far], [false, true]);
    const marked = check('I wish to convey my unwavering determination … Those families deserve our full support this winter.');
    assert.equal(marked.judgement, 'minor');
    assert.equal(marked.severity, 'warning');
    assert.deepEqual(marked.joined && [marked.joined.marked, marked.joined.far], [true, true]);
  });
});

describe('quote check: an article', () => {
  const text = 'Kishida said, “We will give up.” Later he added: “Those families deserve our full support this winter.”\n';
  const loaded: LoadedSnapshot[] = [{ sourceId: 's1', snapshot: 'k.vtt', path: 'news/k.vtt', read }];

  it('checks quotes by speaker label when no fact cites a snapshot (not those whose speaker is unknown), and reports problems at the quote', () => {
    const file: FactsFile = { version: 1, sources: [{ id: 's1', snapshot: 'k.vtt' }], facts: [] };
    const out = runQuoteCheck(text, analyze(text), file, [], loaded);
    // "he" is not resolved to a name here, so the second quote has no speaker to match a label.
    assert.deepEqual(out.checks.map((c) => [c.quote, c.judgement, c.speaker]), [['We will give up.', 'altered', 'Kishida']]);
    assert.deepEqual(out.problems.map((p) => [p.code, p.severity, text.slice(p.start, p.end)]), [['quote-altered', 'error', '“We will give up.”']]);
    assert.match(out.problems[0]!.message, /dropped “not” \(negation\)/);
  });

  it('checks a quote against the snapshot its fact cites, with the fact\'s speaker', () => {
    const start = text.indexOf('“Those');
    const file: FactsFile = {
      version: 1,
      sources: [{ id: 's1', snapshot: 'k.vtt' }],
      facts: [{ id: 'f1', kind: 'quote', target: targetFromSpan(text, start, text.indexOf('”', start) + 1), speaker: 'The Moderator', sources: ['s1'] }],
    };
    const out = runQuoteCheck(text, analyze(text), file, anchorFacts(text, file), loaded);
    const c = out.checks.find((x) => x.factId === 'f1')!;
    assert.equal(c.speakerMismatch, true);
    assert.ok(out.problems.some((p) => p.code === 'quote-speaker-mismatch'));
  });
});

describe('quote check: hover card', () => {
  it('escapes source and quote text, strikes source words, and links only Factmark commands', async () => {
    const { quoteHoverSections } = await import('../../src/core/present/quoteHover.js');
    const evil = parseSnapshotText('e.txt', 'KISHIDA: We will not [click](command:workbench.action.terminal.new) give up.\nMODERATOR: Thanks.\n');
    assert.ok(evil.ok);
    const text = 'Kishida said, “We will give up [click](command:workbench.action.terminal.new).”\n';
    const file: FactsFile = { version: 1, sources: [{ id: 's1', snapshot: 'e.txt', title: '<img src=x onerror=alert(1)>' }], facts: [] };
    const out = runQuoteCheck(text, analyze(text), file, [], [{ sourceId: 's1', snapshot: 'e.txt', path: 'file:///w/e.txt', read: evil }]);
    const md = quoteHoverSections({ file, anchors: [], quoteCheck: out }, text.indexOf('give'), 'file:///w/a.md').join('\n');
    assert.match(md, /Quote check — Altered/);
    assert.match(md, /~~not~~/);
    assert.ok(!/(?<!\\)[<>]/.test(md), md);
    assert.ok(!md.includes('](command:workbench'), md);
    assert.deepEqual([...md.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]), ['factmark.openSnapshot']);
    const args = JSON.parse(decodeURIComponent(/command:factmark\.openSnapshot\?([^ )]+)/.exec(md)![1]!));
    assert.deepEqual(args, [{ snapshot: 'file:///w/e.txt', line: 1 }]);
  });
});
