// Decides how each claim is sourced, and records why in `reasons` so a hover can explain it:
// - 'cited': the claim carries a link or footnote reference (reason 'link' / 'footnote'), or it is the content of
//   "according to <specific source>" (reason 'according-to') or of a document source ("a 2024 report found…",
//   reason 'document-source'). A document is something a reader can look up, so it counts as a citation.
// - 'attributed': it is the content of an attribution to a specific source (reason 'attribution'), or it lies
//   inside a quotation whose speaker is known (reason 'quote-speaker').
// - 'unsourced' otherwise; with 'vague-source' when the only source is vague ("critics say", "it is widely
//   believed", or vague wording anywhere in its sentence, detectors/vagueSources.ts) and 'quote-without-speaker' for a
//   quotation nobody is named for.
// - An anonymous source ("people familiar with the talks") makes a claim 'attributed' with the reason
//   'anonymous-source': someone is said to have made it, but no reader can check who.
// Unsourced claims are not problems: problems describe the input; the CLI and the editor derive their
// diagnostics from claim status.
import { MAX_TITLE_WORDS, MEDIUM_NOUNS, TITLE_SMALL_WORDS } from '../lexicon/titledWorks.js';
import { CIRCUMSTANCE_OPENERS } from '../lexicon/cues.js';
import type { Detector, DetectorContext } from '../context.js';
import type { Attribution, Claim, Quote, VagueSource } from '../types.js';
import type { Citation } from '../markdown/prose.js';
import * as vagueLexicon from '../lexicon/vague.js';
import * as attributions from './attributions.js';
import * as phrases from '../lexicon/phrases.js';
import { firstStartingAt } from '../text/sorted.js';
import { insideQuote } from './quoteRanges.js';

// Module-level copies of the imported bindings: under tsx (bench, eval, tests) every use of an import is a getter
// call on the module object.
const { VAGUE_PHRASES } = vagueLexicon;
const { agreedAct, reportsWords } = attributions;
const { PhraseSet, phraseWords } = phrases;
type PhraseSet = phrases.PhraseSet;

/** Share of a claim that an attribution (source + cue + content) must cover to source it. */
const COVER = 0.6;
const PRONOUN_SOURCE = /^(?:he|she|they|it|him|her|them)$/i;
const RELATIVE_SOURCE = /^(?:who|which)$/i;
/** How far before a relative pronoun its antecedent's name is looked for. */
const ANTECEDENT_WINDOW = 80;
/** A capitalised name of two words or more (after a short description in apposition: "her nephew, "), then the
 *  comma before the relative pronoun. */
const ANTECEDENT_NAME = /(?:(?<!\p{L})(?:her|his|their|its|the|a|an)\s[\p{Ll}\s'’-]{1,30},\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+,\s*$/u;

export const claimStatusDetector: Detector = {
  id: 'claimStatus',
  description: 'Whether each claim is attributed, cited or unsourced.',
  run(ctx) {
    const vague = vaguePhrases(ctx.options.extraVagueSources);
    // Claims, attributions, quotes and citations are each walked once in offset order (a sweep), so status
    // costs O(n log n) on megabyte articles instead of claims × attributions.
    // Only attributions that report words or thoughts source a claim; "X expressed admiration for Y" is itself a
    // claim about X (see reportsWords) — but such a stance counts beside a report of the same person in the claim
    // (coveringAttribution); an act agreed ("agreed to cut the catch") is no stance.
    const reports: Interval<Attribution>[] = [];
    const stances: Interval<Attribution>[] = [];
    for (const a of ctx.attributions) {
      if (!a.content || writerSpeaks(ctx, a)) continue;
      if (reportsWords(a)) reports.push({ start: a.content.start, end: a.content.end, item: a });
      else if (!agreedAct(a)) stances.push({ start: a.content.start, end: a.content.end, item: a });
    }
    const near: Near = {
      attributions: new Sweep(reports),
      stances: new Sweep(stances),
      quotes: new Sweep(ctx.quotes.map((q) => ({ start: q.start, end: q.end, item: q }))),
      citations: new Sweep(ctx.doc.citations.map((c) => ({ start: c.start, end: c.end + 8, item: c }))),
      vagueSources: new Sweep(ctx.vagueSources.map((f) => ({ start: f.start, end: f.end, item: f }))),
    };
    const order = [...ctx.claims].sort((a, b) => a.start - b.start);
    for (const claim of order) decide(ctx, claim, vague, near);
  },
};

/**
 * "I would add that the trust already runs two cafés": outside quotation marks the first person is the writer, and
 * the byline is no source a claim can rest on (docs/rules.md, the writer's own voice).
 */
function writerSpeaks(ctx: DetectorContext, a: Attribution): boolean {
  const source = a.source;
  return source !== null && FIRST_PERSON.test(source.text) && !insideQuote(ctx, source.start);
}
const FIRST_PERSON = /^(?:I|we|We)$/;

// Every analysis asks for the same phrases (extras come from settings and rarely change): build them once per set.
let cachedVague: { key: string; set: PhraseSet } | undefined;

function vaguePhrases(extra: readonly string[]): PhraseSet {
  const key = extra.join('\n');
  if (cachedVague?.key !== key) cachedVague = { key, set: new PhraseSet([...VAGUE_PHRASES, ...extra]) };
  return cachedVague.set;
}

/** The empty result of every window that overlaps nothing (never modified). */
const NONE: readonly never[] = [];

interface Interval<T> {
  start: number;
  end: number;
  item: T;
}

/** Intervals overlapping a moving window; windows must be queried in increasing start order. */
class Sweep<T> {
  private readonly sorted: Interval<T>[];
  private next = 0;
  private readonly active: Interval<T>[] = [];

  constructor(intervals: Interval<T>[]) {
    this.sorted = intervals.sort((a, b) => a.start - b.start);
  }

  overlapping(start: number, end: number): readonly T[] {
    const { sorted, active } = this;
    while (this.next < sorted.length && sorted[this.next].start < end) active.push(sorted[this.next++]);
    // Drop the intervals that ended before this window (in place, keeping their order), collect the overlapping
    // (in a new list only when there are some: most windows overlap nothing of a kind).
    let out: T[] | undefined;
    let kept = 0;
    for (let k = 0; k < active.length; k++) {
      const iv = active[k];
      if (iv.end <= start) continue;
      active[kept++] = iv;
      if (iv.start < end) (out ??= []).push(iv.item);
    }
    // Setting an array's length is a runtime call: only when intervals were dropped.
    if (kept < active.length) active.length = kept;
    return out ?? NONE;
  }
}

interface Near {
  vagueSources: Sweep<VagueSource>;
  attributions: Sweep<Attribution>;
  stances: Sweep<Attribution>;
  quotes: Sweep<Quote>;
  citations: Sweep<Citation>;
}

function addReason(claim: Claim, r: string): void {
  if (!claim.reasons.includes(r)) claim.reasons.push(r);
}

function decide(ctx: DetectorContext, claim: Claim, vague: PhraseSet, near: Near): void {
  // The vague wording of the claim's sentence(s), looked up once and only when a branch needs it.
  let wording: readonly VagueSource[] | undefined;
  const inSentence = (): readonly VagueSource[] => (wording ??= near.vagueSources.overlapping(...sentenceBounds(ctx, claim)));
  const citation = citationOf(ctx.doc.text, near.citations.overlapping(claim.start, claim.end + 8), claim);
  if (citation) {
    claim.status = 'cited';
    addReason(claim, citation);
    answerVagueWording(claim, inSentence());
    return;
  }
  const reports = near.attributions.overlapping(claim.start, claim.end);
  const attribution = coveringAttribution(reports, claim, near.stances.overlapping(claim.start, claim.end));
  if (attribution) {
    claim.attributionId = attribution.id;
    // Anonymous wording around the source ("An official who spoke on condition of anonymity said") was judged by
    // the attribution finder (attributions/sourceWording.ts).
    if (attribution.anonymous) {
      claim.status = 'attributed';
      addReason(claim, 'anonymous-source');
      return;
    }
    if (attribution.vague || !attribution.source) {
      claim.status = 'unsourced';
      addReason(claim, 'vague-source');
      sourcedVaguely(claim, inSentence());
      return;
    }
    if (attribution.cueKind === 'according-to' || attribution.cueKind === 'report') {
      claim.status = 'cited';
      addReason(claim, attribution.cueKind === 'report' ? 'document-source' : 'according-to');
      // "Analysts had expected 42 cents a share, according to a survey by FactSet": the named document answers
      // the vague words, as a link does — unless they report a clause of their own beside it ("It is often said
      // that C1, and the club's own figures show C2"): those stay reported on their own.
      if (!vagueClauseBeside(reports, attribution, claim)) answerVagueWording(claim, inSentence());
      return;
    }
    claim.status = 'attributed';
    addReason(claim, 'attribution');
    return;
  }
  const quote = enclosingQuote(ctx.doc.text, near.quotes.overlapping(claim.start, claim.end), claim);
  if (quote) {
    if (quote.speaker) {
      claim.status = 'attributed';
      addReason(claim, 'quote-speaker');
      return;
    }
    addReason(claim, 'quote-without-speaker');
  }
  claim.status = 'unsourced';
  if (vague.matches(phraseWords(claim.text))) addReason(claim, 'vague-source');
  sourcedVaguely(claim, inSentence());
}

/**
 * An unsourced claim whose sentence hides its source ("Studies show crime fell by 20 percent", "The plan, some
 * residents fear, will raise rents") rests on that vague source, and its diagnostic reports it; an anonymous source
 * there makes it attributed.
 */
function sourcedVaguely(claim: Claim, wording: readonly VagueSource[]): void {
  for (const f of wording) {
    if (f.reason === 'anonymous-source') {
      claim.status = 'attributed';
      claim.reasons = claim.reasons.filter((r) => r !== 'vague-source');
      addReason(claim, 'anonymous-source');
      return;
    }
    f.absorbed = true;
    addReason(claim, 'vague-source');
  }
}

/** "Critics say the port lost 12 million euros, according to [the audit](…)": the citation answers the vague words. */
function answerVagueWording(claim: Claim, wording: readonly VagueSource[]): void {
  for (const f of wording) if (f.reason === 'vague-source' && f.start < claim.end && claim.start < f.end) f.absorbed = true;
}

/** From the start of the sentence holding the claim's start to the end of the one holding its end. */
function sentenceBounds(ctx: DetectorContext, claim: Claim): [number, number] {
  const sentences = ctx.sentences;
  const first = firstStartingAt(sentences, claim.start + 1) - 1;
  const last = firstStartingAt(sentences, Math.max(claim.start, claim.end - 1) + 1) - 1;
  const from = first >= 0 && sentences[first].end > claim.start ? sentences[first].start : claim.start;
  const to = last >= 0 && sentences[last].end >= claim.end ? sentences[last].end : claim.end;
  return [from, to];
}

/** 'link' / 'footnote' when a citation sits in the claim or right after it (only punctuation between). */
function citationOf(text: string, citations: readonly Citation[], claim: Claim): string | null {
  for (const c of citations) {
    if (c.end <= claim.start) continue;
    if (c.start < claim.end) return c.kind;
    // "…in 2002.[^1]" / "…in 2002 ([source](url))."
    if (/^[\s.,;:!?"'”’)(]*$/.test(text.slice(claim.end, c.start)) && c.start - claim.end <= 6) return c.kind;
  }
  return null;
}

function overlap(a: { start: number; end: number } | null, b: { start: number; end: number }): number {
  if (!a) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The attribution whose source, cue and content together cover most of the claim, if enough. Attributions to
 * the same source span count together: in "“…,” said Lee, chief economist at Y, noting that inflation…" the
 * quote and the noted content are both Lee's.
 */
function coveringAttribution(attributions: readonly Attribution[], claim: Claim, stances: readonly Attribution[] = []): Attribution | null {
  // No report, no group (stances only join a report's group): nothing below to build.
  if (attributions.length === 0) return null;
  // One report and no stance, as for most claims: the groups below come to that report alone, which covers enough or
  // leaves the claim to no one (coordinatedReports needs two), without the maps and keys built for several.
  if (attributions.length === 1 && stances.length === 0) {
    const a = attributions[0];
    return overlap(a.content, claim) > 0 && !isQuestionPut(a) && coveredChars([a], claim) / Math.max(1, claim.end - claim.start) >= COVER ? a : null;
  }
  const groups = new Map<string, Attribution[]>();
  const questions = attributions.filter(isQuestionPut);
  // A pronoun source resolved to a person counts with that person's other attributions in the claim, and a stance
  // of theirs ("was furious about the red card") beside a report of theirs: in "Oduya was furious about the red
  // card, which he said had “changed the whole game”" the sentence is Oduya's account.
  const names = new Map<string, string>();
  const noteName = (a: Attribution): void => {
    if (a.source && !PRONOUN_SOURCE.test(a.source.text)) names.set(a.sourceName ?? a.source.text, `${a.source.start}:${a.source.end}`);
  };
  for (const a of attributions) noteName(a);
  for (const a of stances) noteName(a);
  const keyOf = (a: Attribution) => {
    if (!a.source) return `cue ${a.cue.start}`;
    const named = a.sourceName && PRONOUN_SOURCE.test(a.source.text) ? names.get(a.sourceName) : undefined;
    return named ?? `${a.source.start}:${a.source.end}`;
  };
  for (const a of attributions) {
    if (overlap(a.content, claim) === 0 || isQuestionPut(a)) continue;
    const key = keyOf(joinedRelative(attributions, a) ?? a);
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  for (const a of stances) if (overlap(a.content, claim) > 0) groups.get(keyOf(a))?.push(a);
  let best: Attribution | null = null;
  let bestCover = 0;
  const length = Math.max(1, claim.end - claim.start);
  const enough: Attribution[] = [];
  const members: Attribution[] = [];
  for (const group of groups.values()) {
    const cover = coveredChars(questions.length === 0 ? group : [...group, ...questionsTo(questions, group[0])], claim) / length;
    // The member reporting most of the claim stands for the group.
    const member = group.reduce((x, y) => (overlap(y.content, claim) > overlap(x.content, claim) ? y : x));
    members.push(member);
    if (cover >= COVER) enough.push(member);
    if (cover > bestCover) {
      best = member;
      bestCover = cover;
    }
  }
  if (best === null) return null;
  if (bestCover < COVER) return coordinatedReports([...groups.values()], claim, length);
  // A report nested in another's content is the more specific one: "Many nurses tell us …" inside an interview
  // answer rests on the nurses, not on the interviewee.
  // Not an agentless passive inside a named report: in "The suspect is described as …, police said" the police
  // describe him.
  // Nor a vague group inside what a named document records: in "City inspectors cited the buildings 184 times, the
  // city's database shows" the database is the source.
  const outer = best.content;
  const recorded = (a: Attribution) => a.vague === true && best!.source !== null && !best!.vague && (best!.cueKind === 'report' || best!.cueKind === 'according-to');
  const nested = (a: Attribution) => a !== best && outer !== null && a.cue.start >= outer.start && a.cue.end <= outer.end && (a.source !== null || best!.source === null) && !recorded(a);
  // "Many porters tell us the depot is short of drivers, the organiser Ana Ruiz said": the nested report ends at the
  // frame's comma, so it is measured against what the frame reports, not the whole claim.
  return enough.find(nested) ?? (outer !== null && members.length > 1 ? members.find((a) => nested(a) && coversPart(a, claim, outer)) : undefined) ?? best;
}

/** Does attribution `a` cover enough of the part of the claim inside `part`? */
function coversPart(a: Attribution, claim: Claim, part: { start: number; end: number }): boolean {
  const start = Math.max(claim.start, part.start);
  const end = Math.min(claim.end, part.end);
  if (end - start < 1) return false;
  const inner: Claim = { ...claim, start, end, text: claim.text.slice(start - claim.start, end - claim.start) };
  return coveredChars([a], inner) / (end - start) >= COVER;
}

/**
 * "Ruiz said the plan would cost $4 billion, and the council's figures show it would cost $6 billion": clauses joined
 * in one claim, each reported by its own named source. None covers enough alone; together they do, and the claim is
 * sourced — by the one covering most. A vague or anonymous report among them leaves the claim to the usual rules.
 */
function coordinatedReports(groups: readonly Attribution[][], claim: Claim, length: number): Attribution | null {
  if (groups.length < 2 || groups.some((g) => g.some((a) => a.anonymous))) return null;
  // A vague clause among them ("It is often said that C1, and the club's figures show C2") leaves the named one to
  // source the claim, and the vague words are reported on their own (vagueClauseBeside).
  const named = groups.filter((g) => g.every((a) => a.source !== null && !a.vague));
  // Two or three clauses, as a sentence joins them; not a run of dozens (text without sentence ends), where the
  // vague words stay with the claim instead of each becoming a finding of its own.
  if (named.length === 0 || (named.length < groups.length && groups.length > 3)) return null;
  if (coveredChars(groups.flat(), claim) / length < COVER) return null;
  const covers = named.map((g) => coveredChars(g, claim));
  return named[covers.indexOf(Math.max(...covers))][0];
}

/** A vague report of the claim in a clause apart from the chosen attribution's content. */
function vagueClauseBeside(reports: readonly Attribution[], chosen: Attribution, claim: Claim): boolean {
  for (const a of reports) if (a.vague && a !== chosen && overlap(a.content, claim) > 0 && overlap(a.content, chosen.content ?? chosen.cue) === 0) return true;
  return false;
}

/**
 * The attribution a relative clause's report continues: "…, citing the council's own figures, which put the stock at
 * 61,000 tonnes" — the figures are what the citing source reports, and what they put the stock at is part of it.
 */
function joinedRelative(attributions: readonly Attribution[], a: Attribution): Attribution | undefined {
  const source = a.source;
  if (!source || !/^(?:which|who)$/i.test(source.text)) return undefined;
  return attributions.find((b) => b !== a && b.content !== null && b.content.end <= source.start && source.start - b.content.end <= 2);
}

/**
 * "Asked whether the plan would survive, she said …": the question put to a source (an opening "Asked", whoever
 * asked left unsaid) states nothing; it frames the answer of the source named after it.
 */
function isQuestionPut(a: Attribution): boolean {
  return a.source === null && a.content !== null && /^asked$/i.test(a.cue.text);
}

/** The questions whose content ends right before the attribution's source (only a comma between). */
function questionsTo(questions: readonly Attribution[], a: Attribution): Attribution[] {
  const source = a.source;
  if (!source || questions.length === 0) return [];
  return questions.filter((q) => q.content!.end <= source.start && source.start - q.content!.end <= 3);
}

/**
 * Characters of the claim inside the union of the group's sources, cues and contents, and of the asides set off by
 * commas between a source and its cue: "Maria Lopez, a former deputy director of the authority who oversaw the
 * audit, said …" is one report, however long the apposition. (Not any stretch between them: in "Kishida has made a
 * public declaration …, emphasising …" what stands between is a claim about what he did.)
 */
function coveredChars(group: readonly Attribution[], claim: Claim): number {
  // Kept in order of start as they come (a few per claim: a sort's own work list cost more than the parts).
  const parts: Array<[number, number]> = [];
  const add = (s: { start: number; end: number } | null): void => {
    if (!s || s.end <= claim.start || s.start >= claim.end) return;
    const part: [number, number] = [Math.max(s.start, claim.start), Math.min(s.end, claim.end)];
    let k = parts.length;
    for (; k > 0 && parts[k - 1][0] > part[0]; k--) parts[k] = parts[k - 1];
    parts[k] = part;
  };
  for (const a of group) {
    add(a.source);
    add(a.cue);
    add(a.content);
    add(withholdingTail(claim, a));
    if (a.source) {
      add(aside(claim, a.source, a.cue));
      add(circumstanceLead(claim, a.source, a.cue));
      add(frameTail(claim, a.source, a.cue));
      add(sourceApposition(claim, a.source, a.cue));
    }
    add(relativeAntecedent(claim, a));
    add(frameGap(claim, a));
    add(accordingToTail(claim, a));
  }
  // The union below needs the parts by start only (equal starts in any order give the same union).
  let covered = 0;
  let reach = claim.start;
  for (const [start, end] of parts) {
    if (end <= reach) continue;
    covered += end - Math.max(start, reach);
    reach = end;
  }
  return covered;
}

/**
 * The words between a cue and the content after it, when they are a listener or a circumstance closing the frame
 * with a comma ("As the Gazette noted in an editorial on Friday, C", "As Ruiz told the Gazette, C"): part of the
 * frame. Before "that" only when the frame opens the claim ("The army told reporters through an interpreter that
 * C"): "…, after the company disclosed in a filing that C" leaves the clause before the frame to the writer.
 */
function frameGap(claim: Claim, a: Attribution): { start: number; end: number } | null {
  const content = a.content;
  if (!content || content.start <= a.cue.end || content.start - a.cue.end > 60 || a.cue.start < claim.start) return null;
  const gap = claim.text.slice(a.cue.end - claim.start, content.start - claim.start);
  // Two commas when a time precedes the circumstance ("said on Monday, in remarks broadcast live, that C").
  const closed = /^(?:[\s\p{L}\p{N}'’-]*,){1,2}\s*$/u.test(gap);
  const opensClaim = a.source !== null && a.source.start <= claim.start && a.source.end < a.cue.start && /^that\b/i.test(content.text) && /^[\s\p{L}\p{N}'’-]*$/u.test(gap);
  return (closed || opensClaim) && !/\b(?:and|but|because|while|which|who)\b/.test(gap) ? { start: a.cue.end, end: content.start } : null;
}

/**
 * The source's terms of anonymity closing the claim after its frame ("“…,” one told me, asking not to be named because
 * she is not allowed to criticise the department"): why the source is unnamed, part of the frame.
 */
function withholdingTail(claim: Claim, a: Attribution): { start: number; end: number } | null {
  // Terms of anonymity are rare: most claims have none, and need no slice of their text.
  if (!/anonymity|\sto\s+be\s/.test(claim.text)) return null;
  const from = Math.max(a.cue.end, a.source?.end ?? 0);
  if (from < claim.start || from >= claim.end) return null;
  const tail = claim.text.slice(from - claim.start);
  return WITHHOLDING_TAIL.test(tail) ? { start: from, end: claim.end } : null;
}
/** Up to three words of the frame (a listener), a comma, then a request or a condition of anonymity. */
const WITHHOLDING_TAIL = /^(?:\s+[\p{L}’'-]+){0,3}?\s*,\s*(?:(?:asking|requesting)\s+not\s+to\s+be\s+(?:named|identified|quoted)|(?:speaking\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity)\b/u;

/** The text between a source and its cue, when it is an aside set off by commas and lies inside the claim. */
function aside(claim: Claim, source: { start: number; end: number }, cue: { start: number; end: number }): { start: number; end: number } | null {
  const [first, second] = source.start < cue.start ? [source, cue] : [cue, source];
  if (first.start < claim.start || second.end > claim.end || second.start - first.end < 3) return null;
  const between = claim.text.slice(first.end - claim.start, second.start - claim.start);
  // "The council's auditors checked 212 invoices and found that …": the source's own first verb phrase, joined to
  // its cue by "and", is part of its report.
  // Not the reader or the writer ("You may have seen … and wondered").
  const joined = first === source && /\sand\s*$/.test(between) && !/[,;:]/.test(between) && !/^(?:you|we|i)$/i.test(claim.text.slice(source.start - claim.start, source.end - claim.start));
  return (OPENS_ASIDE.test(between) && /,\s*$/.test(between)) || joined ? { start: first.end, end: second.start } : null;
}

/**
 * A circumstance opening the claim before its source ("In its quarterly filing with the Securities and Exchange
 * Commission, Corvane said …", "At a news conference on Tuesday, Ruiz said …"): where or how the report was made,
 * part of its frame. Only a prepositional or participial opening closed by its one comma; "After the council cut 40
 * jobs, Ruiz said …" opens with a clause of the writer's own.
 */
function circumstanceLead(claim: Claim, source: { start: number; end: number }, cue: { start: number; end: number }): { start: number; end: number } | null {
  if (source.start <= claim.start || source.end > cue.start || source.start - claim.start > 140) return null;
  const lead = claim.text.slice(0, source.start - claim.start);
  return CIRCUMSTANCE.test(lead) && !APPOSITION_VERB.test(lead) ? { start: claim.start, end: source.start } : null;
}
// "In an interview at her campaign office, a converted tyre shop, she said": an apposition on the place may follow.
// "When asked, Ruiz told reporters": an occasion of a question may stand alone.
// A comma inside a number ("to the university's 5,800 employees") closes nothing.
const CIRCUMSTANCE = new RegExp(String.raw`^(?:${CIRCUMSTANCE_OPENERS})(?:\s(?:[^,;:]|(?<=\d),(?=\d{3}))*)?,(?:\s+(?:a|an|the)\s[^,;:]*,)?\s*$`, 'u');


/** An aside's opening comma, perhaps after the day a participle in the source left ("A survey released Friday, by
 *  the firm Bellweather, showed"). */
const OPENS_ASIDE = /^\s*(?:(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|week|month|year)\s*)?,/;

/**
 * The person a relative pronoun source stands for, named just before it in the claim ("… by her nephew, Fergus
 * Ostrander, who said she had died peacefully"): the name and the comma after it are the source's, as "Fergus
 * Ostrander said" would be.
 */
function relativeAntecedent(claim: Claim, a: Attribution): { start: number; end: number } | null {
  const source = a.source;
  if (!source || !RELATIVE_SOURCE.test(source.text) || source.start <= claim.start || source.start > claim.end) return null;
  const from = Math.max(claim.start, source.start - ANTECEDENT_WINDOW);
  const name = ANTECEDENT_NAME.exec(claim.text.slice(from - claim.start, source.start - claim.start));
  return name ? { start: from + name.index, end: source.start } : null;
}

/** Words that open a clause of the writer's own after a comma, not a description or a circumstance of the report. */
const CLAUSE_OPENER = /^(?:and|but|or|so|yet|nor|while|whereas|although|though|because|if|unless|then|which)$/i;
/** A comma, then such a word, inside a tail: the tail goes on with a clause of its own. */
const JOINED_CLAUSE = /[,;]\s+(?:and|but|so|yet|while|whereas|although|though)\s/i;

/**
 * Text closing the claim after a source that follows its cue: its apposition, however many ("…, said Tomas Lind,
 * a planner at the transit board, a body the city set up in 1998"; "said Sara Lind, 44, a nurse from Eastfield who
 * rides the 14N"; "said Lind, who drove the bus for eleven years"; "recommended by the Joint Marine Advisory
 * Council, the scientific body that assesses stocks"), describes the source, as "said Ana Ruiz, a Lund Republican
 * who …" does. Not a clause of the writer's own after it (", and the board cut two routes").
 */
function sourceApposition(claim: Claim, source: { start: number; end: number }, cue: { start: number; end: number }): { start: number; end: number } | null {
  if (source.start < cue.end || source.end >= claim.end || cue.start < claim.start) return null;
  const rest = claim.text.slice(source.end - claim.start);
  const first = /^,\s+([\p{L}\p{N}’'-]+)/u.exec(rest);
  // Nor a participle, adverb or preposition: those open a clause or a circumstance, not a description.
  // "which" here describes the source ("said Velmora, which runs the ferries"), unlike after a content.
  if (!first || (CLAUSE_OPENER.test(first[1]) && !/^which$/i.test(first[1])) || /(?:ing|ly)$/i.test(first[1]) || NOT_DESCRIPTION.test(first[1]) || rest.includes(';') || JOINED_CLAUSE.test(rest)) return null;
  // A description is a noun phrase, perhaps with a relative clause: a subject pronoun or an auxiliary before any
  // "who"/"which" opens a clause instead (", the fares they charge went up", ", Harbour Watch, will appeal").
  const head = rest.split(/\b(?:who|whom|whose|which|that)\b/)[0];
  return APPOSITION_VERB.test(head) ? null : { start: source.end, end: claim.end };
}

const NOT_DESCRIPTION = /^(?:to|in|on|at|by|for|from|with|of|about|after|before|during|under|over|into|than|as|like|since|until|not|even|just|also)$/i;
/** A subject pronoun, auxiliary or modal: the words that show a clause rather than a description. */
const APPOSITION_VERB = /\b(?:he|she|they|we|it|i|is|are|was|were|has|have|had|will|would|may|might|can|could|should|must|does|did)\b/i;

/**
 * "…, according to a post-disaster assessment published in August by the county government and the Kenya Relief
 * Alliance, a coalition of aid groups.": after its content, an "according to" runs to the claim's end as its frame,
 * however long the description of the source (unless a quotation or a semicolon opens something else there).
 */
function accordingToTail(claim: Claim, a: Attribution): { start: number; end: number } | null {
  if (a.cueKind !== 'according-to' || !a.content || a.content.end > a.cue.start || a.cue.start < claim.start || a.cue.start >= claim.end) return null;
  const tail = claim.text.slice(a.cue.start - claim.start);
  return tail.length <= 240 && !/[;“”"]/.test(tail) ? { start: a.cue.start, end: claim.end } : null;
}

/**
 * A short phrase closing the claim right after its frame ("“It’s fine,” Ruiz said of the rules", "…, he told
 * reporters on Tuesday", "…, Ruiz said, speaking to reporters outside the depot", "…, Ruiz told the Courier in
 * 2023, a few weeks before the board cut them"): circumstances of the report, not a statement of their own.
 */
function frameTail(claim: Claim, source: { start: number; end: number }, cue: { start: number; end: number }): { start: number; end: number } | null {
  const from = Math.max(source.end, cue.end);
  if (Math.min(source.start, cue.start) < claim.start || from >= claim.end || claim.end - from > 110) return null;
  // "…, Ruiz wrote in her 2021 book, “A Season in Hell.”": a medium's quoted title closes the circumstances.
  const whole = claim.text.slice(from - claim.start);
  const title = TITLE_END.exec(whole);
  const tail = title && MEDIUM_BEFORE.test(whole.slice(0, title.index)) ? whole.slice(0, title.index) : whole;
  if (tail.length > 60) return null;
  const first = /^,?\s+([\p{L}\p{N}’'-]+)/u.exec(tail);
  if (!first || CLAUSE_OPENER.test(first[1])) return null;
  return /^,?\s+[\p{L}\p{N}\s’'-]+$/u.test(tail) && !/\b(?:and|but|that|because|while|which|who)\b/.test(withoutNames(tail)) ? { start: from, end: claim.end } : null;
}

/** A quoted title closing a claim (“A Season in Hell.”): capitalised words and short function words. */
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}’'-]*|${[...TITLE_SMALL_WORDS].join('|')})`;
const TITLE_END = new RegExp(String.raw`,?\s*[“"]${TITLE_WORD}(?:\s+${TITLE_WORD}){0,${MAX_TITLE_WORDS - 1}}[.!?]?[”"]?$`, 'u');
/** What a title names, right before it: a medium or a possessive ("in her book,", "on Radio Harbor’s"). */
const MEDIUM_BEFORE = new RegExp(String.raw`(?:\b(?:${[...MEDIUM_NOUNS].join('|')})|['’]s)\s*,?\s*$`, 'iu');

/** The text with capitalised names joined by "and"/"of" made one word ("in a filing with the Securities and Exchange
 *  Commission"): an "and" inside a name joins no clause. */
function withoutNames(s: string): string {
  return s.replace(/\p{Lu}[\p{L}’'-]*(?:\s+(?:and|of|for|the)\s+\p{Lu}[\p{L}’'-]*)+/gu, 'Name');
}

/**
 * A quotation holding most of the claim (a sentence that is just a quote), or at least half of it after a frame
 * that introduces it with a colon ("Asked about the brand, she was blunt: “Our sales grew 9 percent.”"): the frame
 * says who speaks, the quotation what is claimed.
 */
function enclosingQuote(text: string, quotes: readonly Quote[], claim: Claim): Quote | null {
  const length = Math.max(1, claim.end - claim.start);
  for (const q of quotes) {
    const share = overlap(q, claim) / length;
    if (share >= 0.8) return q;
    if (share >= 0.5 && q.speaker && claim.start < q.start && q.end >= claim.end && /:\s*$/.test(text.slice(claim.start, q.start))) return q;
  }
  return null;
}
