// The spec corpus (test/fixtures/spec): short articles written for this suite, each built around one construction
// of speakers or sourcing, with its expectations in a sibling NAME.expect.json (the remark-lint ok.md / not-ok.md
// model). One data-driven test per article checks every expectation, and every article is also checked for the
// rule that a quote's speaker and the source of an attribution naming that speaker agree.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze.js';
import type { Analysis } from '../../src/core/types.js';

interface Expectations {
  construction: string;
  /** Another article than NAME.md, relative to the spec folder (the seed). */
  article?: string;
  /** The quote whose inner text starts with `quote` has this speaker name (null: never said who) and surface. */
  speakers?: { quote: string; name: string | null; text?: string }[];
  /** The claim containing `text` has this status (or not this one), with these reasons. */
  claims?: { text: string; status?: string; notStatus?: string; reasons?: string[] }[];
  /** An attribution with this cue text has this source text (and this content text and source name, when given). */
  attributions?: { cue: string; source: string; content?: string; sourceName?: string | null }[];
  /** No attribution has one of these cue texts. */
  noCues?: string[];
  /** No attribution has one of these source texts. */
  noSources?: string[];
  /** A problem with this code covers exactly these words (vague and anonymous sourcing reported on their own). */
  problems?: { code: string; text: string }[];
  /** No problem with one of these codes. */
  noProblems?: string[];
}

const folder = new URL('../fixtures/spec/', import.meta.url);
const names = readdirSync(folder).filter((f) => f.endsWith('.expect.json')).map((f) => f.slice(0, -'.expect.json'.length)).sort();

function check(a: Analysis, e: Expectations, text: string): void {
  for (const p of e.problems ?? []) {
    const found = a.problems.filter((x) => x.code === p.code).map((x) => text.slice(x.start, x.end));
    assert.ok(found.includes(p.text), `problem ${p.code} on “${p.text}” (found ${JSON.stringify(found)})`);
  }
  for (const code of e.noProblems ?? []) {
    const found = a.problems.filter((x) => x.code === code).map((x) => text.slice(x.start, x.end));
    assert.deepEqual(found, [], `no ${code}`);
  }
  for (const s of e.speakers ?? []) {
    const quote = a.quotes.find((q) => q.inner.text.startsWith(s.quote));
    assert.ok(quote, `no quote starting “${s.quote}”`);
    assert.ok(quote.speaker, `no speaker for “${s.quote}”`);
    assert.equal(quote.speaker.name, s.name, `speaker name of “${s.quote}” (found “${quote.speaker.text}”)`);
    if (s.text !== undefined) assert.equal(quote.speaker.text, s.text, `speaker text of “${s.quote}”`);
  }
  for (const c of e.claims ?? []) {
    const claim = a.claims.find((x) => x.text.includes(c.text));
    assert.ok(claim, `no claim containing “${c.text}”`);
    if (c.status) assert.equal(claim.status, c.status, `status of “${c.text}” (reasons ${claim.reasons.join(', ')})`);
    if (c.notStatus) assert.notEqual(claim.status, c.notStatus, `status of “${c.text}”`);
    for (const r of c.reasons ?? []) assert.ok(claim.reasons.includes(r), `reason ${r} of “${c.text}”`);
  }
  for (const x of e.attributions ?? []) {
    const withCue = a.attributions.filter((y) => y.cue.text === x.cue);
    const found = withCue.find((y) => y.source?.text === x.source);
    assert.ok(found, `cue “${x.cue}” with source “${x.source}” (found ${JSON.stringify(withCue.map((y) => y.source?.text ?? null))})`);
    if (x.content !== undefined) assert.equal(found.content?.text, x.content, `content of “${x.cue}”`);
    // null: the source is named by no one (no resolved name).
    if (x.sourceName !== undefined) assert.equal(found.sourceName ?? null, x.sourceName, `source name of “${x.cue}”`);
  }
  for (const cue of e.noCues ?? []) assert.ok(!a.attributions.some((y) => y.cue.text === cue), `no cue “${cue}”`);
  for (const source of e.noSources ?? []) assert.ok(!a.attributions.some((y) => y.source?.text === source), `no source “${source}”`);
}

/** Where an attribution's source is a quote's speaker, both give the same name. */
function checkAgreement(a: Analysis): void {
  for (const q of a.quotes) {
    const s = q.speaker;
    if (!s) continue;
    for (const x of a.attributions) {
      if (!x.source || x.source.end <= s.start || s.end <= x.source.start) continue;
      assert.equal(x.sourceName ?? (s.name === null ? null : x.source.text), s.name, `attribution source “${x.source.text}” and speaker of “${q.inner.text.slice(0, 30)}”`);
    }
  }
}

// Each article again with the learned attribution tagger on (factmark.attributionTagger): the hybrid keeps every
// expectation a fact-checker relies on.
describe('spec corpus with the attribution tagger', () => {
  for (const name of names) {
    const e = JSON.parse(readFileSync(new URL(`${name}.expect.json`, folder), 'utf8')) as Expectations;
    it(`${name}`, () => {
      const a = analyze(readFileSync(new URL(e.article ?? `${name}.md`, folder), 'utf8'), { attributionTagger: true });
      check(a, e, readFileSync(new URL(e.article ?? `${name}.md`, folder), 'utf8'));
      checkAgreement(a);
    });
  }
});

describe('spec corpus', () => {
  it('holds at least 30 articles, each with a construction and an expectation', () => {
    assert.ok(names.length >= 30, `${names.length} articles`);
  });

  for (const name of names) {
    const e = JSON.parse(readFileSync(new URL(`${name}.expect.json`, folder), 'utf8')) as Expectations;
    it(`${name}: ${e.construction}`, () => {
      assert.ok((e.speakers?.length ?? 0) + (e.claims?.length ?? 0) + (e.attributions?.length ?? 0) + (e.problems?.length ?? 0) > 0, 'states an expectation');
      const text = readFileSync(new URL(e.article ?? `${name}.md`, folder), 'utf8');
      const a = analyze(text);
      check(a, e, text);
      checkAgreement(a);
    });
  }
});
