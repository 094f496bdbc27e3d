// The editor's pure presentation logic (src/core/present): hover Markdown and its escaping, highlight ranges,
// diagnostics, Claims view groups, status-bar text and navigation — on hand-built findings over a real text,
// with the facts file parsed and applied by the real facts core.
import { defaultConfig, ruleLevel } from '../../src/core/config/types.js';
import { QUOTE_HOVER_COMMANDS } from '../../src/core/present/quoteHover.js';
import assert from 'node:assert/strict';
import type { Analysis, Claim, Quote } from '../../src/core/types.js';
import { parseFacts } from '../../src/core/facts/parse.js';
import { applyFacts } from '../../src/core/facts/apply.js';
import { escapeMarkdown, excerpt, safeHttpUrl } from '../../src/core/present/escape.js';
import { hoverMarkdown, hoverSpan, HOVER_COMMANDS } from '../../src/core/present/hover.js';
import { computeHighlights } from '../../src/core/present/highlights.js';
import { articleDiagnostics } from '../../src/core/present/diagnostics.js';
import { adjacentUnsourced, groupClaims, statusBarText } from '../../src/core/present/claims.js';
import { NO_FACTS, type FactsView } from '../../src/core/present/findings.js';

const TEXT = [
  'Matsuno said, “We will meet without preconditions.”',
  '',
  'North Korea has shown limited interest in these overtures.',
  '',
  'Exports rose 12% in 2023, critics say.',
  '',
  'Unemployment fell to 3% last year.',
].join('\n');

function span(text: string) {
  const start = TEXT.indexOf(text);
  assert.ok(start >= 0, `fixture text contains ${text}`);
  return { start, end: start + text.length, text };
}

function claim(id: string, text: string, status: Claim['status'], reasons: string[] = ['number']): Claim {
  return { id, ...span(text), status, score: 0.8, reasons };
}

function analysis(): Analysis {
  const q = span('“We will meet without preconditions.”');
  const quote: Quote = { id: 'q1', ...q, inner: span('We will meet without preconditions.'), speaker: { ...span('Matsuno'), name: 'Hirokazu Matsuno' }, closed: true };
  return {
    quotes: [quote],
    attributions: [{ id: 'a1', source: span('Matsuno'), cue: span('said'), content: q, cueKind: 'speech', contentKind: 'direct', vague: false }],
    claims: [
      claim('c1', 'North Korea has shown limited interest in these overtures.', 'unsourced', ['named-actor', 'event']),
      claim('c2', 'Exports rose 12% in 2023, critics say.', 'unsourced', ['number', 'vague-source']),
      claim('c3', 'Unemployment fell to 3% last year.', 'unsourced'),
    ],
    problems: [{ severity: 'warning', code: 'unbalanced-quote', message: 'Unexpected opening mark.', start: 0, end: 1 }],
  };
}

/** A facts file that links c1 to a source (with hostile text in it) and rates c3 false. */
const FACTS = JSON.stringify(
  {
    version: 1,
    sources: [{ id: 's1', title: 'Statement <img src=x onerror=alert(1)> [x](command:evil)', url: 'https://example.org/a(b)', publisher: 'KCNA *bold*' }],
    facts: [
      { id: 'f1', kind: 'claim', target: { exact: 'North Korea has shown limited interest in these overtures.' }, sources: ['s1'], verdict: 'mostly-true', note: 'See <b>note</b>', checkedBy: 'A. Checker', checkedAt: '2026-11-01' },
      { id: 'f2', kind: 'claim', target: { exact: 'Unemployment fell to 3% last year.' }, verdict: 'false' },
      { id: 'f3', kind: 'claim', target: { exact: 'A sentence that is no longer in the article at all.' } },
    ],
  },
  null,
  2,
);

function withFacts(): { analysis: Analysis; facts: FactsView } {
  const parsed = parseFacts(FACTS);
  assert.equal(parsed.broken, false, JSON.stringify(parsed.problems));
  const file = parsed.file!;
  const applied = applyFacts(analysis(), TEXT, file, parsed.locations);
  return { analysis: applied.analysis, facts: { file, anchors: applied.anchors } };
}

describe('present: escaping', () => {
  it('escapes every Markdown and HTML metacharacter so article text never becomes markup', () => {
    const hostile = '[x](command:factmark.linkSource) <img src=x onerror=alert(1)> *b* `c` # h';
    const escaped = escapeMarkdown(hostile);
    assert.doesNotMatch(escaped, /(?<!\\)[[\]()<>*`#]/);
    assert.equal(escaped.replace(/\\(.)/g, '$1'), hostile);
  });

  it('keeps only http(s) links and encodes characters that would end the link', () => {
    assert.equal(safeHttpUrl('javascript:alert(1)'), null);
    assert.equal(safeHttpUrl('command:factmark.linkSource'), null);
    assert.equal(safeHttpUrl('https://example.org/a(b)'), 'https://example.org/a%28b%29');
  });

  it('shortens without splitting a surrogate pair', () => {
    const out = excerpt('😀'.repeat(10), 5);
    assert.equal(out, '😀😀😀😀…');
  });

  it('shortens after a whole word when one ends past the middle, and collapses whitespace', () => {
    assert.equal(excerpt('North Korea has\n  shown limited interest', 20), 'North Korea has…');
    assert.equal(excerpt('Supercalifragilistic words', 10), 'Supercali…');
    assert.equal(excerpt('short  text', 20), 'short text');
  });

  it('shortens a megabyte span to the same short line as its head alone gives', () => {
    const words = 'exports rose by 12 percent in 2023 😀 '.repeat(30000);
    const out = excerpt(words, 60);
    assert.equal(out, excerpt(words.slice(0, 400), 60));
    assert.ok(Array.from(out).length <= 60);
    // Whitespace runs longer than the first look still collapse before the cut.
    const spaced = `a${' '.repeat(5000)}b ${'word '.repeat(100000)}`;
    assert.equal(excerpt(spaced, 20), excerpt(`a b ${'word '.repeat(10)}`, 20));
    assert.equal(excerpt(`${' '.repeat(300)}short${' '.repeat(300)}`, 20), 'short');
  });
});

describe('present: hover', () => {
  it('describes an unsourced claim with its reasons and Factmark-only command links', () => {
    const a = analysis();
    const c1 = a.claims[0];
    const md = hoverMarkdown(a, NO_FACTS, c1.start + 3, { uri: 'file:///a.md' });
    assert.ok(md);
    assert.match(md, /Unsourced claim/);
    assert.match(md, /Why: says what a named party did; reports an event/);
    const commands = [...md.matchAll(/\(command:([\w.]+)\?/g)].map((m) => m[1]);
    // The quote check's commands appear only on quotes and re-checks (quoteHover tests).
    assert.deepEqual(commands, HOVER_COMMANDS.filter((c) => !(QUOTE_HOVER_COMMANDS as readonly string[]).includes(c)));
    const args = JSON.parse(decodeURIComponent(/command:factmark\.linkSource\?([^ )]+)/.exec(md)![1]));
    assert.deepEqual(args, [{ uri: 'file:///a.md', start: c1.start, end: c1.end }]);
  });

  it('shows the linked source, verdict, note and checker, all escaped', () => {
    const { analysis: a, facts } = withFacts();
    const c1 = a.claims.find((c) => c.text.startsWith('North Korea'))!;
    assert.equal(c1.status, 'linked');
    const md = hoverMarkdown(a, facts, c1.start, { uri: 'file:///a.md' })!;
    assert.match(md, /Claim linked to a source/);
    assert.match(md, /\*\*Verdict:\*\* mostly\\-true/);
    assert.match(md, /\]\(https:\/\/example\.org\/a%28b%29\) — KCNA \\\*bold\\\*/);
    const file = facts.file!;
    assert.ok(md.includes(escapeMarkdown(file.sources[0].title as string)), 'source title is escaped');
    assert.ok(md.includes(`**Note:** ${escapeMarkdown('See <b>note</b>')}`));
    assert.ok(md.includes(`*Checked by ${escapeMarkdown('A. Checker')} on ${escapeMarkdown('2026-11-01')}*`));
    // Every link in the card is an http(s) source or one of Factmark's own commands.
    const targets = [...md.matchAll(/(?<!\\)\]\(([^ )]+)/g)].map((m) => m[1]);
    assert.equal(targets.length, 4);
    for (const t of targets) assert.match(t, /^(https:\/\/example\.org\/|command:factmark\.(linkSource|setVerdict|markNotAClaim)\?)/);
  });

  it('describes a quote with its speaker, and an attribution cue', () => {
    const a = analysis();
    const md = hoverMarkdown(a, NO_FACTS, a.quotes[0].start + 5, { uri: 'u' })!;
    assert.match(md, /\*\*Quote\*\*/);
    assert.match(md, /Speaker: Hirokazu Matsuno/);
    const cue = hoverMarkdown(a, NO_FACTS, TEXT.indexOf('said'), { uri: 'u' })!;
    assert.match(cue, /\*\*Attribution\*\* \(speech, direct\)/);
    assert.match(cue, /Source: Hirokazu Matsuno|Source: Matsuno/);
  });

  it('returns null where nothing was found', () => {
    assert.equal(hoverMarkdown(analysis(), NO_FACTS, TEXT.indexOf('\n\n') + 1, { uri: 'u' }), null);
  });
});

describe('present: highlights', () => {
  it('maps findings to kinds by claim status and verdict', () => {
    const { analysis: a, facts } = withFacts();
    const h = computeHighlights(a, facts, { quotes: true, attributions: true, claims: true });
    const texts = (k: keyof typeof h) => h[k].map((r) => TEXT.slice(r.start, r.end));
    assert.deepEqual(texts('quote'), ['“We will meet without preconditions.”']);
    assert.deepEqual(texts('speaker'), ['Matsuno']);
    assert.deepEqual(texts('cue'), ['said']);
    assert.deepEqual(texts('claimLinked'), ['North Korea has shown limited interest in these overtures.']);
    assert.deepEqual(texts('claimFalse'), ['Unemployment fell to 3% last year.']);
    assert.deepEqual(texts('claimUnsourced'), ['Exports rose 12% in 2023, critics say.']);
  });

  it('leaves out disabled kinds', () => {
    const h = computeHighlights(analysis(), NO_FACTS, { quotes: false, attributions: true, claims: false });
    assert.equal(h.quote.length + h.claimUnsourced.length, 0);
    assert.equal(h.cue.length, 1);
    assert.equal(h.speaker.length, 1, 'the attribution source is still underlined');
  });
});

describe('present: diagnostics', () => {
  it('reports unsourced and vague claims at the chosen severity, core problems, and orphans as a notice', () => {
    const { analysis: a, facts } = withFacts();
    const config = { ...defaultConfig(), rules: { 'unsourced-claim': 'error', 'vague-source': 'error' } as const };
    const d = articleDiagnostics(a, facts, (code, fallback) => ruleLevel(config, code, fallback), 'a.facts.json');
    const byCode = (code: string) => d.filter((x) => x.code === code);
    assert.deepEqual(byCode('vague-source').map((x) => [TEXT.slice(x.start, x.end), x.severity]), [['Exports rose 12% in 2023, critics say.', 'error']]);
    assert.equal(byCode('unsourced-claim').length, 0, 'linked and false claims are not unsourced');
    assert.equal(byCode('unbalanced-quote').length, 1);
    const orphan = byCode('orphaned-fact');
    assert.equal(orphan.length, 1);
    assert.match(orphan[0].message, /f3/);
    assert.equal(orphan[0].severity, 'information');
  });

  it('reports nothing for unsourced claims when the severity is off', () => {
    const off = { ...defaultConfig(), rules: { 'unsourced-claim': 'off', 'vague-source': 'off' } as const };
    const d = articleDiagnostics(analysis(), NO_FACTS, (code, fallback) => ruleLevel(off, code, fallback), 'a.facts.json');
    assert.deepEqual(d.map((x) => x.code), ['unbalanced-quote']);
  });

  it('takes a configured level for any rule and leaves out silenced findings', () => {
    const a = analysis();
    const quiet = { ...defaultConfig(), rules: { 'unbalanced-quote': 'hint' } as const };
    const levels = (code: string, fallback: 'error' | 'warning' | 'information' | 'hint') => ruleLevel(quiet, code, fallback);
    assert.deepEqual(articleDiagnostics(a, NO_FACTS, levels, 'a.facts.json').filter((x) => x.code === 'unbalanced-quote').map((x) => x.severity), ['hint']);
    const silenced = { ...a, claims: a.claims.map((c) => ({ ...c, silenced: true })), problems: a.problems.map((p) => ({ ...p, silenced: true })) };
    assert.deepEqual(articleDiagnostics(silenced, NO_FACTS, levels, 'a.facts.json'), []);
  });
});

describe('present: Claims view, status bar, navigation', () => {
  it('groups claims by what the editor shows, with counts in a fixed order', () => {
    const { analysis: a, facts } = withFacts();
    const groups = groupClaims(a.claims, facts);
    assert.deepEqual(groups.map((g) => [g.display, g.claims.length]), [['unsourced', 1], ['false', 1], ['linked', 1]]);
    assert.equal(statusBarText(a.claims, facts), '1 unsourced · 2 linked');
    assert.equal(statusBarText(analysis().claims, NO_FACTS), '3 unsourced · 0 linked');
  });

  it('moves to the next and previous unsourced claim, wrapping around', () => {
    const claims = analysis().claims;
    const [c1, c2, c3] = claims;
    assert.equal(adjacentUnsourced(claims, NO_FACTS, 0, 1), c1);
    assert.equal(adjacentUnsourced(claims, NO_FACTS, c1.start, 1), c2);
    assert.equal(adjacentUnsourced(claims, NO_FACTS, c3.start, 1), c1);
    assert.equal(adjacentUnsourced(claims, NO_FACTS, c2.start, -1), c1);
    assert.equal(adjacentUnsourced(claims, NO_FACTS, c1.start, -1), c3);
    assert.equal(adjacentUnsourced([], NO_FACTS, 0, 1), undefined);
  });
});

describe('present: hover span', () => {
  it('anchors the card to the narrowest finding under the cursor', () => {
    const a = analysis();
    const inQuote = a.quotes[0].start + 3;
    assert.deepEqual(hoverSpan(a, inQuote), { start: a.quotes[0].start, end: a.quotes[0].end });
    const cue = TEXT.indexOf('said');
    assert.deepEqual(hoverSpan(a, cue), { start: cue, end: cue + 4 });
    assert.equal(hoverSpan(a, TEXT.indexOf('\n\n') + 1), null);
  });
});
