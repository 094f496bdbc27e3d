// `npm run eval -- --only quotecheck`: the quote check on generated transcripts (transcripts.ts) with quotes taken
// from them, some left as said or edited by the quoting conventions, some altered on purpose. Prints recall per
// alteration (flagged at all, and flagged as an error where the alteration changes what was said) and the
// false-alarm rate on the legitimate quotes. Seeded: the same set every run.
import { checkQuote } from '../../src/core/quotecheck/judge.js';
import { prepare } from '../../src/core/quotecheck/prepared.js';
import { parseSnapshotText } from '../../src/core/quotecheck/snapshot.js';
import type { QuoteCheckResult } from '../../src/core/quotecheck/types.js';
import { generateTranscript, NAMES, rng, SPEAKERS, type Sentence, type Transcript } from './transcripts.js';

export const LEGIT_KINDS = ['verbatim', 'case and punctuation', 'omission with ellipsis', 'bracketed insertion', '[sic]'] as const;
export const ALTERED_KINDS = ['word swap', 'dropped "not"', 'changed number', 'changed name', 'joined sentences', 'omission without ellipsis', 'speaker swapped'] as const;
/** Alterations that change what was said: the check must call them errors, not just differences. */
export const ERROR_KINDS: readonly string[] = ['dropped "not"', 'changed number', 'changed name', 'joined sentences', 'speaker swapped'];
type Kind = (typeof LEGIT_KINDS)[number] | (typeof ALTERED_KINDS)[number];

export interface QuoteCase {
  kind: Kind;
  quote: string;
  speaker: string;
}

export interface KindScore {
  kind: string;
  legit: boolean;
  total: number;
  flagged: number;
  asError: number;
}

const PER_KIND = 40;
const TRANSCRIPTS = 6;

type Maker = (r: () => number, t: Transcript, i: number) => string | undefined;

const words = (s: string) => s.split(' ');
const nameOf = (s: Sentence) => SPEAKERS[s.speaker]!.name;

function dropMiddle(r: () => number, text: string, marker: string): string | undefined {
  const w = words(text);
  if (w.length < 10) return undefined;
  const n = 2 + Math.floor(r() * 3);
  const at = 3 + Math.floor(r() * (w.length - n - 5));
  return [...w.slice(0, at), ...(marker ? [marker] : []), ...w.slice(at + n)].join(' ');
}

const MAKERS: Record<Kind, Maker> = {
  verbatim: (_r, t, i) => t.sentences[i]!.text,
  'case and punctuation': (_r, t, i) => {
    const s = t.sentences[i]!.text;
    return (s[0]!.toLowerCase() + s.slice(1)).replace(/,/g, '').replace(/:/g, ' —').replace(/\.$/, '');
  },
  'omission with ellipsis': (r, t, i) => dropMiddle(r, t.sentences[i]!.text, '…'),
  'bracketed insertion': (r, t, i) => {
    const w = words(t.sentences[i]!.text);
    const at = 1 + Math.floor(r() * (w.length - 2));
    w.splice(at, r() < 0.5 ? 1 : 0, r() < 0.5 ? '[the government]' : '[Japan]');
    return w.join(' ');
  },
  '[sic]': (r, t, i) => {
    const w = words(t.sentences[i]!.text);
    w.splice(1 + Math.floor(r() * (w.length - 1)), 0, '[sic]');
    return w.join(' ');
  },
  'word swap': (r, t, i) => {
    const w = words(t.sentences[i]!.text);
    const options = w.map((_x, k) => k).filter((k) => /^[a-z]{4,}$/.test(w[k]!) && !['not', 'percent', 'billion', 'thousand', 'months', 'years', 'families', 'sites'].includes(w[k]!));
    if (options.length === 0) return undefined;
    const k = options[Math.floor(r() * options.length)]!;
    w[k] = ['important', 'different', 'national', 'several', 'careful', 'broader'][Math.floor(r() * 6)]!;
    return w.join(' ');
  },
  'dropped "not"': (_r, t, i) => (t.sentences[i]!.hasNot ? t.sentences[i]!.text.replace(/ not\b/, '') : undefined),
  'changed number': (r, t, i) => {
    const s = t.sentences[i]!.text;
    const m = /\b\d+\b/.exec(s);
    if (!m) return undefined;
    const n = Number(m[0]);
    return s.slice(0, m.index) + String(n + 1 + Math.floor(r() * 20)) + s.slice(m.index + m[0].length);
  },
  'changed name': (r, t, i) => {
    const s = t.sentences[i]!.text;
    const name = NAMES.find((n) => s.includes(n));
    if (!name) return undefined;
    const other = NAMES.filter((n) => n !== name)[Math.floor(r() * (NAMES.length - 1))]!;
    return s.replace(name, other);
  },
  'joined sentences': (r, t, i) => {
    const a = t.sentences[i]!;
    const later = t.sentences.map((_s, k) => k).filter((k) => k > i + 6 && t.sentences[k]!.speaker === a.speaker);
    if (later.length === 0) return undefined;
    const b = t.sentences[later[Math.floor(r() * later.length)]!]!;
    return `${a.text.replace(/\.$/, ',')} ${b.text[0]!.toLowerCase()}${b.text.slice(1)}`;
  },
  'omission without ellipsis': (r, t, i) => dropMiddle(r, t.sentences[i]!.text, ''),
  'speaker swapped': (_r, t, i) => t.sentences[i]!.text,
};

export function buildCases(seed = 13): { transcripts: Transcript[]; cases: { transcript: number; c: QuoteCase }[] } {
  const formats = ['vtt', 'srt', 'txt'] as const;
  const transcripts = Array.from({ length: TRANSCRIPTS }, (_, k) => generateTranscript(seed * 100 + k, 40 * 1024, formats[k % 3]!));
  const r = rng(seed);
  const cases: { transcript: number; c: QuoteCase }[] = [];
  for (const kind of [...LEGIT_KINDS, ...ALTERED_KINDS]) {
    for (let made = 0, tries = 0; made < PER_KIND && tries < PER_KIND * 50; tries++) {
      const ti = Math.floor(r() * transcripts.length);
      const t = transcripts[ti]!;
      const i = Math.floor(r() * t.sentences.length);
      const quote = MAKERS[kind](r, t, i);
      if (!quote) continue;
      const own = t.sentences[i]!.speaker;
      const speaker = kind === 'speaker swapped' ? SPEAKERS[(own + 1 + Math.floor(r() * 3)) % SPEAKERS.length]!.name : nameOf(t.sentences[i]!);
      cases.push({ transcript: ti, c: { kind, quote, speaker } });
      made++;
    }
  }
  return { transcripts, cases };
}

export function flagged(r: QuoteCheckResult): boolean {
  return r.judgement === 'altered' || r.judgement === 'not-found' || r.speakerMismatch === true;
}

export function evaluateQuoteCheck(seed = 13): { scores: KindScore[]; quotes: number; millis: number } {
  const { transcripts, cases } = buildCases(seed);
  const docs = transcripts.map((t) => {
    const read = parseSnapshotText(`t.${t.format}`, t.file);
    if (!read.ok) throw new Error(read.message);
    return prepare(read.doc);
  });
  const scores = new Map<string, KindScore>();
  const started = performance.now();
  for (const { transcript, c } of cases) {
    const r = checkQuote(docs[transcript]!, c.quote, c.speaker);
    const s = scores.get(c.kind) ?? { kind: c.kind, legit: (LEGIT_KINDS as readonly string[]).includes(c.kind), total: 0, flagged: 0, asError: 0 };
    s.total++;
    if (flagged(r)) s.flagged++;
    if (flagged(r) && r.severity === 'error') s.asError++;
    scores.set(c.kind, s);
  }
  return { scores: [...scores.values()], quotes: cases.length, millis: performance.now() - started };
}
