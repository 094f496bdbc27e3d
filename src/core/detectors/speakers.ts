// Who said each quote. News copy names the speaker next to a speech verb in the quote's own sentence:
//   “…,” Kishida said / “…,” she added / “…,” said Sen. Ted Cruz / “…,” Sean Spicer, an RNC strategist, said
//   Kishida expressed, “…” / X told reporters: “…” / X called the plan “a disaster” / X: “…” / “…” ― X
//   “…,” according to X / as X put it / X said: ¶ “…” (a quote paragraph after a colon lead-in) / “…?” asked X
// The outermost speech verb of the sentence wins ("X said she wanted “…”" is X's), main clauses before
// subordinate ones. With no speech verb, the sentence's subject: a person ("Gingrich dismissed Estonia as “…”") or
// a description ("The Florida senator likes “…”"), after any opening phrase. Failing that, the quote continues the
// attributed quote just before it, takes the "He stressed…" that opens the next sentence, the person of the
// reported speech just before it ("…, Schiff said. “…”"), a blockquote's attribution on the line after, or the
// previous quote's speaker (consecutive quotes). Names resolve through the person index (surnames, pronouns, role
// nouns); a speaker the article never names keeps its words and a null name. Windows are bounded, so the work per
// quote is constant. Noun phrases, cue words and tokens live in speakers/.
import type { Detector, DetectorContext } from '../context.js';
import type { ProseBlock } from '../markdown/prose.js';
import type { Sentence } from '../markdown/sentences.js';
import * as cueLexicon from '../lexicon/cues.js';
import * as names from '../lexicon/names.js';
import * as pronouns from '../lexicon/pronouns.js';
import * as speakerWords from '../lexicon/speakerWords.js';
import * as titles from '../lexicon/titles.js';
import type { Quote } from '../types.js';
import * as people from './people.js';
import { AUXILIARIES, isAdverb } from '../lexicon/words.js';
import { closesWithManner, gestureCloses, isFrameWord, isStatementNoun, ISSUE_VERBS, OPENING_NOT_SUBJECT, OPENING_PREPOSITIONS } from './speakerFrames.js';
import * as chars from '../text/chars.js';
import * as sorted from '../text/sorted.js';
import { tokens, type Tok } from './speakers/tokens.js';
import { continuedEnd } from './speakers/continued.js';
import { reportedInside } from './speakers/innerReports.js';
import { afterCoordination, afterLastQuoted, afterLastSemicolon, afterOpeningSubordinate } from './speakers/clauses.js';
import { finished, isNounPhrase } from './speakers/settle.js';
import { allFillers, commaFrameBefore, cueLength, cueRank, goesOn, isCueAt, prepositionalCue } from './speakers/cues.js';
import { isPossessor, leadingSource, namesOwner, npLeft, personEndingAt, personSpeaker, pronounSpeaker, sourceLeft, sourceRight, type Found } from './speakers/phrases.js';
import { describedPossessor, isSpeakerDescription } from './speakers/descriptions.js';
import { pointedOwner, pointsBackAt } from './speakers/pointedOwner.js';
import { closesFrame, hadToSay, HAVING, leadInVerb, invertedManner, namedThenActed, namingCall, readsWritten, toldPassive, verbFollows } from './speakers/verbChecks.js';
import { introducedAfter } from './speakers/introducedAfter.js';
import { withPartner } from './speakers/coordinated.js';
import { bareFrameBelow } from './speakers/bareFrame.js';
import { asFrameSource, inWordsSource, quotedAsSaying, viewHolder } from './speakers/asFrames.js';
import { sectionSpeaker } from './speakers/sectionLabels.js';
import { shortIntroduction } from './speakers/shortIntro.js';

// Module-level copies of the imported bindings: under tsx (bench, eval, tests) every use of an import is a getter
// call on the module object, a large share of the time of the token loops below.
const { cueForms } = cueLexicon;
const { NOT_NAME_WORDS } = names;
const { SUBJECT_PRONOUNS } = pronouns;
const { isRoleNoun, TITLE_WORDS, titleKey } = titles;
const { DETERMINERS, FINITE_AFTER_SUBJECT, VERB_FILLERS, NP_STOPS, PREPOSITIONS, QUOTE_ONLY_VERBS } = speakerWords;
const { mentionsBetween, sentenceAt } = people;
const { firstEndingAfter, firstStartingAt } = sorted;
const { charFlags, SPACE } = chars;

/** The last quote given a speaker, as the next quote may inherit it. */
interface Attributed {
  start: number;
  end: number;
  speaker: Found;
}

/** A speaker found for a quote; `guessed` when only a cue later in the sentence or the sentence's subject says so. */
interface Located {
  found: Found;
  guessed: boolean;
}

/** How far (in characters) around a quote its attribution is looked for. */
const WINDOW = 300;

/** Position of a block in the document, by binary search (the blocks are sorted by start), or -1. */
function blockIndex(ctx: DetectorContext, block: ProseBlock): number {
  const blocks = ctx.doc.blocks;
  for (let i = firstStartingAt(blocks, block.start); i < blocks.length && blocks[i].start === block.start; i++) if (blocks[i] === block) return i;
  return -1;
}

export const speakersDetector: Detector = {
  id: 'speakers',
  description: 'Who said each quote.',
  run(ctx) {
    const cues = cueForms(ctx.options.extraCues);
    let previous: Attributed | null = null;
    const { sentences } = ctx;
    for (const quote of ctx.quotes) {
      // The sentences where the quote starts and ends, which both passes need.
      const si = sentenceAt(sentences, quote.start);
      const ei = sentenceAt(sentences, Math.max(quote.start, quote.end - 1));
      const located = findSpeaker(ctx, cues, quote, si, ei);
      const below = located ? null : bareFrameBelow(ctx, cues, quote, ei);
      // A quote opening its paragraph in a reader's or a passer-by's section ("**Margaret, Barnsley**") is theirs.
      const section = below || (located && !located.guessed) ? null : sectionSpeaker(ctx, quote);
      const near = section ? null : located;
      const found = withPartner(ctx, section ?? (near ? nounPhrase(near.found) : below ?? inherited(ctx, cues, quote, previous, si, ei)));
      quote.speaker = found ? finished(found) : null;
      // Guessed without a cue next to the quote (or below it): an attribution holding it may know better (fromAttributions).
      if (found && !below && (!near || near.guessed)) (ctx.guessedSpeakers ??= new Set()).add(quote);
      if (found) previous = { start: quote.start, end: quote.end, speaker: found };
    }
  },
};

/** A speaker whose words are no noun phrase ("immediately upon", "goes") is no speaker. */
function nounPhrase(found: Found): Found | null {
  return isNounPhrase(found.text) ? found : null;
}

function findSpeaker(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, quote: Quote, si: number, ei: number): Located | null {
  const { sentences } = ctx;
  if (si < 0 || ei < 0) return null;
  const first = sentences[si];
  const last = sentences[ei];
  // Attributions sit close to their quote; bounded windows keep a sentence with thousands of quotes linear.
  const preStart = Math.max(first.start, first.block.start, quote.start - WINDOW);
  const post = tokens(ctx, quote.end, Math.min(Math.max(quote.end, continuedEnd(ctx, cues, quote, ei)), quote.end + WINDOW));
  const atSentenceStart = preStart === Math.max(first.start, first.block.start);
  const after = interrupted(ctx, cues, quote, preStart) ?? bylineSpeaker(ctx, quote, last.block.end) ?? headlineSpeaker(ctx, quote, first.block) ?? rightAfter(ctx, cues, post, continuesSentence(ctx, quote, first, post));
  if (after) return { found: after, guessed: false };
  // The words before the quote, needed from here on only (most quotes are attributed after them).
  let pre = tokens(ctx, preStart, quote.start);
  // A paragraph that is only the quote, after a paragraph ending "X said:" / "The Times reports:".
  if (pre.every((t) => t.quoted || !t.word) && !pre.some((t) => t.text === ':')) {
    const prev = previousSentence(ctx, si, first);
    if (prev && endsWithColon(ctx.doc.masked, prev)) pre = tokens(ctx, Math.max(prev.start, prev.end - WINDOW), prev.end);
  }
  const before = beforeQuote(ctx, cues, pre, quote) ?? asFrameSource(ctx, cues, pre) ?? inWordsSource(ctx, pre) ?? viewHolder(ctx, pre, atSentenceStart) ?? colonFrame(ctx, pre);
  if (before) return { found: before, guessed: false };
  // "…," as a harbour board report put it / as The Daily Ledger put it, “…”.
  const putIt = asPutIt(ctx, post) ?? asPutIt(ctx, pre);
  if (putIt) return { found: putIt, guessed: false };
  const guess = guessedSpeaker(ctx, cues, pre, post, atSentenceStart);
  return guess ? { found: guess, guessed: true } : null;
}

/** No cue next to the quote: a cue later in its sentence, or the sentence's subject. */
function guessedSpeaker(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, pre: Tok[], post: Tok[], atSentenceStart: boolean): Found | null {
  const later = laterInSentence(ctx, cues, post);
  if (later) return later;
  // No speech verb: the sentence's subject, when it is a person ("Gingrich dismissed Estonia as “…”") or a
  // description ("The Florida senator likes “…”"). A later quote of the sentence ("not to “A” but to “B”") is
  // left to the consecutive-quote rule.
  if (!atSentenceStart || afterLastQuoted(pre) !== 0) return null;
  const subject = subjectOf(ctx, pre) ?? describedSubject(ctx, pre);
  if (subject) return subject;
  const main = afterOpeningPhrase(pre);
  return main.length ? subjectOf(ctx, main) ?? describedSubject(ctx, main) : null;
}

/** The words after an opening adverbial phrase ("In March, the harbour board opted…" → "the harbour board opted…"). */
function afterOpeningPhrase(list: Tok[]): Tok[] {
  const first = list[0];
  if (!first || !first.word || !/^\p{Lu}/u.test(first.text)) return [];
  if (!(PREPOSITIONS.has(first.lower) || OPENING_PREPOSITIONS.has(first.lower) || first.lower === 'last' || first.lower === 'earlier')) return [];
  for (let k = 1; k < Math.min(list.length, 12); k++) {
    if (list[k].quoted) return [];
    if (list[k].text === ',') return list.slice(k + 1);
  }
  return [];
}

/**
 * A definite description opening the sentence, up to its verb: "The Florida senator likes", "the administration
 * waves", "The non-profit is seeking". The verb is guessed as the first later lowercase word that is an auxiliary,
 * a filler or ends like a finite verb (-s, -ed), or a preposition ends the phrase first ("Several Democrats with…").
 */
const SUBJECT_DETERMINERS = new Set(['the', 'several', 'many', 'a', 'an', 'his', 'her', 'their', 'its', 'some']);

function describedSubject(ctx: DetectorContext, list: Tok[]): Found | null {
  const first = list[0];
  if (!first || !first.word || first.quoted || !(SUBJECT_DETERMINERS.has(first.lower) || /^\p{Lu}.*['’]s$/u.test(first.text))) return null;
  let e = 1;
  while (e < list.length && e <= 5 && list[e].word && !list[e].quoted) {
    const t = list[e];
    const lower = t.text === t.lower;
    // "A spokesperson for the council declined": "for" after a role goes on with the phrase.
    if (t.lower === 'for' && e >= 2 && isRoleNoun(list[e - 1].lower)) {
      e++;
      continue;
    }
    if (lower && (PREPOSITIONS.has(t.lower) || NP_STOPS.has(t.lower))) break;
    if (e >= 2 && lower && (AUXILIARIES.has(t.lower) || VERB_FILLERS.has(t.lower) || FINITE_AFTER_SUBJECT.has(t.lower) || /(?:[^s]s|ed)$/.test(t.lower))) break;
    e++;
  }
  if (e < 2 || e >= list.length || !list[e].word || list[e].quoted) return null;
  const start = first.start;
  const end = list[e - 1].end;
  const text = ctx.doc.text.slice(start, end);
  return { start, end, text, name: ctx.people.resolve(text, start) };
}

/** “A,” said the senator, “B.”: the second part of an interrupted quotation, whatever follows it, is spoken by
 *  the cue between the two parts. */
function interrupted(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, quote: Quote, preStart: number): Found | null {
  const prev = ctx.quotes[firstEndingAfter(ctx.quotes, Math.max(preStart, quote.start - 80))];
  if (!prev || prev === quote || prev.end > quote.start || prev.start < preStart) return null;
  const between = tokens(ctx, prev.end, quote.start, 20);
  const n = between.length;
  if (n < 3 || between[n - 1].text !== ',') return null;
  // Only the attribution between the parts: "“A,” she said, but in the end, “B”" is no interrupted quotation.
  const found = rightAfter(ctx, cues, between, false);
  return found && found.end >= between[n - 2].end ? found : null;
}

/** A dash after the quote names its author: “…” ― Jane Doe. The byline is often its own "sentence" after the
 *  quote's final period, so it is looked for up to the end of the block. */
function bylineSpeaker(ctx: DetectorContext, quote: Quote, blockEnd: number): Found | null {
  const masked = ctx.doc.masked;
  let d = quote.end;
  while (d < blockEnd && d < quote.end + 4 && (charFlags(masked.charCodeAt(d)) & SPACE) !== 0) d++;
  const byline = isDash(masked.charCodeAt(d)) ? tokens(ctx, quote.end, Math.min(blockEnd, quote.end + 120)) : [];
  if (byline.length >= 2 && /^[―—–-]$/.test(byline[0].text)) return sourceRight(ctx, byline, 1, true);
  return null;
}

/**
 * A heading that opens with a quotation and a colon: the first person the rest of the heading names said it
 * ("“We will not back down”: Ruiz on the port strike", "“We built the wards”: an interview with Ines Takoda").
 */
function headlineSpeaker(ctx: DetectorContext, quote: Quote, block: ProseBlock): Found | null {
  if (block.kind !== 'heading') return null;
  const { masked } = ctx.doc;
  if (!/^[#\s*_]*$/.test(masked.slice(block.start, quote.start)) || !/^[*_]*\s*:/.test(masked.slice(quote.end, quote.end + 4))) return null;
  const person = mentionsBetween(ctx.people.mentions, quote.end, block.end)[0];
  return person ? personSpeaker(person) : null;
}

/**
 * A quote inside its sentence that ends with no comma, question or exclamation mark, inside or after it ("a
 * “clear pattern” the tenants’ complaints were ignored"): the words after it go on with the sentence, so a noun
 * there is no speaker named after the quote.
 */
function continuesSentence(ctx: DetectorContext, quote: Quote, first: Sentence, post: Tok[]): boolean {
  const masked = ctx.doc.masked;
  let s = Math.max(first.start, first.block.start);
  while (s < quote.start && (charFlags(masked.charCodeAt(s)) & SPACE) !== 0) s++;
  if (s === quote.start) return false;
  if (/[,?!—–-]\s*$/.test(quote.inner.text)) return false;
  return !(post[0] && !post[0].word);
}

/** Right after the quote: “…,” X said / “…,” said X / “…,” X, a spokesman, said. */
function rightAfter(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, post: Tok[], continued: boolean): Found | null {
  const p0 = post.length && post[0].text === ',' ? 1 : 0;
  for (let k = p0; k < Math.min(post.length, p0 + 16); k++) {
    if (post[k].quoted || (!post[k].word && !',()'.includes(post[k].text))) break;
    if (!isCueAt(post, k, cues) && !((((QUOTE_ONLY_VERBS.has(post[k].lower) || namedThenActed(post, k)) && closesFrame(post, k)) || goesOn(post, k)) && k > p0) && !(k === p0 && (readsWritten(post, k) || invertedManner(post, k)))) continue;
    // A cue word right after a determiner is a noun ("the fire officer said").
    if (k > p0 && DETERMINERS.has(post[k - 1].lower)) continue;
    // "“…,” saying the city …": a participle reports for the sentence's subject, not for the words after it.
    if (k === p0 && p0 === 1 && post[k].lower.endsWith('ing')) return null;
    if (k === p0 || allFillers(post, p0, k)) return sourceRight(ctx, post, k + cueLength(post, k), false);
    if (continued) return null;
    const lead = leadingSource(ctx, post, p0, k);
    if (lead) return lead;
  }
  return null;
}

/**
 * Before the quote in its sentence: X said, “…” / X told reporters: “…” / X called it “…”. The outermost reporting
 * verb wins ("X said she hoped to talk “…”" is X's), but only after any earlier quote of the sentence ("X said “A”
 * and Y said “B”": B is Y's). Speech and writing verbs first, then cognition ("When Patriot learned of the deal,
 * Barrett said, “…”").
 */
function beforeQuote(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, pre: Tok[], quote: Quote): Found | null {
  const afterQuote = afterCoordination(ctx, cues, pre, Math.max(afterLastQuoted(pre), afterLastSemicolon(pre)));
  const quotedAs = quotedAsSaying(ctx, pre, afterQuote);
  if (quotedAs) return quotedAs;
  const order: number[] = [];
  for (let k = afterQuote; k < pre.length; k++) if (!pre[k].quoted && isCueAt(pre, k, cues)) order.push(k);
  // "Hillary shot back, “…”": a verb that reports only next to a quote, right before it.
  const lead = leadInVerb(pre, afterQuote);
  if (lead > 0 && !order.includes(lead)) order.push(lead);
  order.sort((a, b) => cueRank(pre, a, cues) - cueRank(pre, b, cues) || a - b);
  // "A memo says Ruiz told aides that he wanted “…”", "Ferrante said Kerr had called it “…”": words reported at one
  // remove are the inner person's.
  const inner = order.length > 1 ? reportedInside(ctx, pre, order) : -1;
  if (inner > 0) order.unshift(inner);
  for (const k of order) {
    const prep = prepositionalCue(pre, k);
    if (prep) {
      const right = sourceRight(ctx, pre, k + prep, false);
      if (right) return right;
      continue;
    }
    // "has one thing to add:": the noun before an infinitive cue is its object; "a sprinter called Tobi": "called"
    // before a name names, it does not report. The clause's subject speaks (colonFrame). "Pennine Vale had been told
    // …": a passive's subject was told, so it is the listener.
    if (hadToSay(pre, k) || namingCall(ctx, pre, k) || toldPassive(pre, k)) continue;
    // ", saying …" / ", adding …": the speaker is the subject of the clause before; "Speaking to X, he said …": an
    // opening participle's subject is the main clause's, never the one spoken to.
    if (/ing$/.test(pre[k].lower) && (k > 0 ? pre[k - 1].text === ',' : order.length > 1)) continue;
    const left = sourceLeft(ctx, pre, k, 0);
    // "Her office issued a short statement saying": the statement speaks for the subject that issued it.
    if (left && isStatementNoun(left.text)) {
      const issuer = frameSpeaker(ctx, pre.slice(afterQuote, k));
      if (issuer) return issuer;
    }
    if (left && !isIt(left.text)) return outerSubject(ctx, pre, left);
    // "I laughed and said", "X declined to give figures but said": the subject of the first verb.
    if (!left && (pre[k - 1]?.lower === 'and' || pre[k - 1]?.lower === 'but')) {
      const clause = afterOpeningSubordinate(pre.slice(afterQuote, k));
      // "Rovers' chief executive, Leah Tranmere, confirmed … but said": the name in apposition.
      const subject = apposedName(ctx, clause) ?? subjectOf(ctx, clause);
      if (subject) return subject;
      // A description speaks when it is of someone ("A spokesperson for the council"), not "A federal lawsuit".
      const described = describedSubject(ctx, clause);
      if (described && isSpeakerDescription(described)) return described;
    }
    if (k === 0 || pre[k - 1].text === ',') {
      const right = sourceRight(ctx, pre, k + cueLength(pre, k), true);
      // Not the subject of what was said (", said Pennine Vale had been told …"): an inverted source ends its clause.
      if (right && right.end <= quote.start && !verbFollows(ctx.doc.masked, right.end)) return right;
    }
  }
  return null;
}

/** Prepositions of place the speaker finder's lists leave out ("Outside Fort Ardley:"). */
const PLACE_PREPOSITIONS = new Set(['outside', 'inside', 'near', 'beside', 'behind', 'beyond', 'within', 'across', 'along', 'around', 'opposite']);

/** X: “…” (interviews, transcripts). "Okafor's reply was brief:", "He put it more bluntly:": the word before the
 *  colon describes the words to come; the speaker is the frame's subject (or its possessor), never that word. */
function colonFrame(ctx: DetectorContext, pre: Tok[]): Found | null {
  const colon = pre.length >= 2 && pre[pre.length - 1].text === ':' ? pre.length - 1 : -1;
  if (colon <= 0) return null;
  const from = afterLastQuoted(pre.slice(0, colon));
  if (isFrameWord(pre, colon - 1)) return frameSpeaker(ctx, pre.slice(from, colon));
  const left = npLeft(ctx, pre, colon, from);
  // "Outside Fort Ardley: “…”", "Outside the town hall:": a phrase opened by a preposition, or its object, is where.
  const at = left ? pre.findIndex((t) => t.start === left.start) : -1;
  const words = left ? [left.text.split(/\s/, 1)[0].toLowerCase(), at > from ? pre[at - 1].lower : ''] : [];
  if (words.some((w) => PREPOSITIONS.has(w) || PLACE_PREPOSITIONS.has(w))) return null;
  // "She then addressed the crowd again:": a description after a verb is its object; the clause's subject speaks
  // (a name there may be the one who answers: "…doesn’t surprise pollster Ana Ruiz:").
  const before = left && /^\p{Ll}/u.test(left.text) ? pre.findIndex((t) => t.start === left.start) - 1 : -1;
  // So after "has" / "had" ("Eddie, who …, has one thing to add:"), a verb of having, not an auxiliary here.
  if (before > from && pre[before].word && pre[before].text === pre[before].lower && !PREPOSITIONS.has(pre[before].lower) && (!NP_STOPS.has(pre[before].lower) || HAVING.has(pre[before].lower)) && !DETERMINERS.has(pre[before].lower)) return frameSpeaker(ctx, pre.slice(from, colon));
  // "then leaned in and boomed:": a lone lowercase word before the colon is a verb; the frame's subject speaks.
  if (left && left.start === pre[colon - 1].start && left.text === pre[colon - 1].lower && !SUBJECT_PRONOUNS.has(left.text)) return frameSpeaker(ctx, pre.slice(from, colon));
  return left;
}

/** Later in the sentence: the plan was “a disaster,” X said on Monday / according to X. */
function laterInSentence(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, post: Tok[]): Found | null {
  for (let k = 0; k < post.length; k++) {
    if (post[k].quoted || !isCueAt(post, k, cues)) continue;
    const prep = prepositionalCue(post, k);
    if (prep) {
      const right = sourceRight(ctx, post, k + prep, false);
      if (right) return right;
      continue;
    }
    if (/ing$/.test(post[k].lower)) continue;
    const left = sourceLeft(ctx, post, k, 0);
    if (left && !isIt(left.text)) return left;
    // "“…” about the ruling, said Marta Quillan": an inverted cue after a comma names its source after it.
    if (!left && k > 0 && post[k - 1].text === ',') {
      const right = sourceRight(ctx, post, k + cueLength(post, k), false);
      if (right) return right;
    }
  }
  return null;
}

/** Who speaks in a frame like "Okafor's reply was brief" or "His answer was simple": the possessor or the subject. */
function frameSpeaker(ctx: DetectorContext, list: Tok[]): Found | null {
  const first = list.find((t) => t.word && !t.quoted);
  // "His mother’s reply": the description owning the noun speaks, not the pronoun's person.
  if (first && (first.lower === 'his' || first.lower === 'her' || first.lower === 'their')) return appositiveName(ctx, list, first) ?? describedPossessor(ctx, list, first) ?? pronounSpeaker(ctx, first);
  const possessor = first && (first.lower === 'the' || TITLE_WORDS.has(titleKey(first.text)) || namesOwner(ctx, first)) ? describedPossessor(ctx, list, first) : null;
  if (possessor) return possessor;
  // "Bill Clinton released the following statement:": whoever issued it, named just before the verb.
  const issue = list.findIndex((t) => ISSUE_VERBS.has(t.lower));
  const issuer = issue > 0 ? npLeft(ctx, list, issue, 0) : null;
  if (issuer) return issuer;
  const subject = subjectOf(ctx, list);
  const possessive = subject ? /['’]s?$/.exec(subject.text) : null;
  if (!subject || !possessive || possessive[0].length === subject.text.length) return subject;
  const text = subject.text.slice(0, possessive.index);
  const name = subject.name.endsWith(possessive[0]) ? subject.name.slice(0, -possessive[0].length) : subject.name;
  return { start: subject.start, end: subject.start + text.length, text, name };
}

/** "Her co-author, Samuel Achebe, …": a possessive opening a description of a person names that person, not the
 *  possessor, when a name follows it in apposition (the description's next words, then a comma and the name). */
function appositiveName(ctx: DetectorContext, list: Tok[], first: Tok): Found | null {
  let k = list.indexOf(first) + 1;
  const from = k;
  while (k < list.length && k - from < 3 && list[k].word && !list[k].quoted && list[k].text === list[k].lower) k++;
  if (k === from || list[k]?.text !== ',' || !list[k + 1]) return null;
  const person = mentionsBetween(ctx.people.mentions, list[k + 1].start, list[k + 1].end)[0];
  return person && person.start === list[k + 1].start ? personSpeaker(person) : null;
}

/** "Rovers' chief executive, Leah Tranmere,", "General secretary of the nurses’ union, Siobhán Ní Bhriain,": a name
 *  set off by commas after a description opening the clause (no verb in the description: its words are no cue). */
function apposedName(ctx: DetectorContext, list: Tok[]): Found | null {
  for (let k = 1; k < Math.min(list.length - 1, 10); k++) {
    if (list[k].quoted) return null;
    if (list[k].text !== ',') continue;
    const person = mentionsBetween(ctx.people.mentions, list[k + 1].start, list[k + 1].end)[0];
    return person && person.start === list[k + 1].start && ctx.doc.masked[person.end] === ',' ? personSpeaker(person) : null;
  }
  return null;
}

/** Is the word "it" in any case (as word.toLowerCase() === 'it')? */
function isIt(word: string): boolean {
  return word.length === 2 && (word.charCodeAt(0) | 32) === 105 && (word.charCodeAt(1) | 32) === 116;
}

/** ―, —, – or - (as /[―—–-]/ tests one character). */
function isDash(c: number): boolean {
  return c === 0x2015 || c === 0x2014 || c === 0x2013 || c === 45;
}

/** "X condemned what he called “…”": prefer the clause subject X when the pronoun stands for the same person. */
function outerSubject(ctx: DetectorContext, list: Tok[], found: Found): Found {
  // "Thomas Berglund of Rideau Equity Research wrote": the person whose firm or paper the name after "of" is.
  const of = / of\s+$/.test(ctx.doc.masked.slice(Math.max(0, found.start - 4), found.start)) ? mentionsBetween(ctx.people.mentions, found.start - 60, found.start - 4).at(-1) : undefined;
  if (of && of.end === found.start - 4 && of.name !== found.name) return personSpeaker(of);
  if (!SUBJECT_PRONOUNS.has(found.text.toLowerCase())) return found;
  const subject = subjectOf(ctx, list);
  return subject && subject.start < found.start && subject.name === found.name ? subject : found;
}

/** "as X put it": X. */
function asPutIt(ctx: DetectorContext, list: Tok[]): Found | null {
  for (let k = 2; k + 1 < list.length; k++) {
    if (list[k].lower !== 'put' || list[k + 1].lower !== 'it' || list[k].quoted) continue;
    let a = k - 1;
    while (a >= 0 && list[a].lower !== 'as' && list[a].word && k - a < 10) a--;
    if (a >= 0 && list[a].lower === 'as' && a + 1 < k) return npLeft(ctx, list, k, a + 1);
  }
  return null;
}

/** The first person or personal pronoun of a clause, unless a preposition governs it ("with Kim"). */
function subjectOf(ctx: DetectorContext, list: Tok[]): Found | null {
  for (let k = 0; k < list.length; k++) {
    const t = list[k];
    if (t.quoted || !t.word) continue;
    const prev = k > 0 ? list[k - 1] : undefined;
    const governed = prev && prev.word && NP_STOPS.has(prev.lower) && prev.lower !== 'and' && prev.lower !== 'but';
    if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'you') return governed ? null : pronounSpeaker(ctx, t);
    const person = mentionsBetween(ctx.people.mentions, t.start, t.end)[0];
    // "Petrova’s lawyer declined …": the possessor is not the subject; the description of someone is. "Ruiz’s reply
    // was brief" is Ruiz's (a colon frame's noun), as before.
    const owned = person && !governed && (k === 0 || !list[k - 1].word) && isPossessor(ctx, person) ? describedSubject(ctx, list.slice(k)) : null;
    if (owned && isSpeakerDescription(owned)) return owned;
    if (person) return governed || person.end > (list[list.length - 1]?.end ?? 0) ? null : personSpeaker(person);
    // A capitalised subject opening the sentence: "Politifact then ruled…", "Japan branded…". Not an opening
    // participle or preposition ("Flying home, she…", "Preceded by…", "Outside, protesters…").
    if (k === 0 && /^\p{Lu}/u.test(t.text) && !NOT_NAME_WORDS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower) && !OPENING_NOT_SUBJECT.test(t.text) && !OPENING_PREPOSITIONS.has(t.lower) && !isAdverb(t.lower)) {
      // "Mr van der Berg declined": a title before a name with lowercase particles is that person.
      const titled = TITLE_WORDS.has(titleKey(t.text)) ? titledPerson(ctx, list, k) : null;
      if (titled) return titled;
      let e = k;
      while (e + 1 < list.length && list[e + 1].word && /^\p{Lu}/u.test(list[e + 1].text)) e++;
      if (e + 1 < list.length && list[e + 1].word && /^\p{Ll}/u.test(list[e + 1].text) && !list[e + 1].quoted) {
        // "Governor Tom Baker laughed": the person, without the title.
        const named = mentionsBetween(ctx.people.mentions, t.start, list[e].end).find((m) => m.end <= list[e].end);
        if (named) return personSpeaker(named);
        const text = ctx.doc.text.slice(t.start, list[e].end);
        return { start: t.start, end: list[e].end, text, name: ctx.people.resolve(text, t.start) };
      }
    }
    // Only the opening words of the clause can hold its subject.
    if (k > 8) return null;
  }
  return null;
}

/** The person named right after the title word at `k`, with only further title words between ("Mr", "Dr"). */
function titledPerson(ctx: DetectorContext, list: Tok[], k: number): Found | null {
  let j = k + 1;
  while (j < list.length && j - k < 4 && list[j].word && TITLE_WORDS.has(titleKey(list[j].text))) j++;
  const next = list[j];
  const person = next ? mentionsBetween(ctx.people.mentions, next.start, next.end)[0] : undefined;
  return person && person.start === next.start ? personSpeaker(person) : null;
}

function endsWithColon(masked: string, s: Sentence): boolean {
  let e = s.end;
  while (e > s.start && (charFlags(masked.charCodeAt(e - 1)) & SPACE) !== 0) e--;
  return masked.charCodeAt(e - 1) === 58;
}

function previousSentence(ctx: DetectorContext, si: number, first: Sentence): Sentence | undefined {
  const prev = ctx.sentences[si - 1];
  if (!prev) return undefined;
  const blocks = ctx.doc.blocks;
  const b = blockIndex(ctx, first.block);
  // The sentence just before, in this paragraph or at the end of the one before.
  if (prev.block === first.block || (b > 0 && prev.block === blocks[b - 1])) return prev;
  return undefined;
}

/** A speaker from the neighbourhood: the next sentence's "He stressed…", or the previous quote's speaker. */
function inherited(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, quote: Quote, previous: Attributed | null, si: number, ei: number): Found | null {
  const { sentences } = ctx;
  const last = ei >= 0 ? sentences[ei] : null;
  if (!last) return null;
  const block = last.block;
  const below = quote.end >= last.end - 1 ? lineAfterSpeaker(ctx, cues, quote, block) : null;
  if (below) return below;
  const pointing = quote.end >= last.end - 1 && sentences[ei + 1]?.block === block ? pointedOwner(ctx, sentences[ei + 1]) : null;
  if (pointing) return pointing;
  // “…,” he said. “…”: a quote opening the sentence right after an attributed quote in the same paragraph
  // continues it, whatever the sentence after it says (and wherever it ends: it may run on over paragraphs).
  const prior = si > 0 ? sentences[si - 1] : undefined;
  if (previous && prior && prior.block === sentences[si].block && previous.end > prior.start && previous.end <= sentences[si].start + 1 && quote.start <= sentences[si].start + 1) return { ...previous.speaker };
  // The quote ends its sentence and the next sentence of the paragraph opens with "He stressed" / "Smith added".
  const next: Sentence | undefined = sentences[ei + 1];
  if (next && next.block === block && quote.end >= last.end - 1) {
    // Only the first eight words can hold the cue, and a cue reads at most three words on: twelve tokens suffice.
    const toks = tokens(ctx, next.start, Math.min(next.end, next.start + 200), 12);
    for (let k = 1; k < Math.min(toks.length, 8); k++) {
      if (!toks[k].word) break;
      // "“…?” Ruiz pressed." / "Ruiz went on, as if …": a verb that reports only next to a quotation counts here too,
      // and so does a gesture closing the sentence ("“…” Veil paused. “…”").
      if (!isCueAt(toks, k, cues) && !(QUOTE_ONLY_VERBS.has(toks[k].lower) && closesFrame(toks, k)) && !goesOn(toks, k) && !gestureCloses(toks, k)) continue;
      const left = sourceLeft(ctx, toks, k, 0);
      if (left && left.start === toks[0].start) return left;
      break;
    }
  }
  // "…, Okafor said. “The second problem…”": a quote opening its sentence right after reported speech by a person.
  const prevSentence = si > 0 ? previousSentence(ctx, si, sentences[si]) : undefined;
  if (prevSentence && quote.start <= sentences[si].start + 1) {
    // A sentence holding a quotation is passed over, so its tokens need not go past the first quoted one.
    const toks = tokens(ctx, Math.max(prevSentence.start, prevSentence.end - WINDOW), prevSentence.end, Infinity, true);
    if (!toks.some((t) => t.quoted)) {
      for (let k = toks.length - 1; k > 0; k--) {
        // "Ashby smiled. “Do we?”": a gesture closing the sentence before introduces the speaker as a cue would.
        // "Castellane is more candid. “…”": so does a copula saying how the person speaks.
        // "She paused before answering.": a gerund after "before" is the gesture's tail, no frame of its own.
        if (toks[k - 1].lower === 'before' && toks[k].lower.endsWith('ing')) continue;
        if (!isCueAt(toks, k, cues) && !gestureCloses(toks, k) && !closesWithManner(toks, k)) continue;
        const left = sourceLeft(ctx, toks, k, 0);
        if (left && (SUBJECT_PRONOUNS.has(left.text.toLowerCase()) || personEndingAt(ctx, left.end) || isSpeakerDescription(left))) return left;
        // "The ones she worries about, Dr Ruiz added, are those who did not write in.": a cue word inside the
        // reported clause has no speaker; the frame set off by commas before it may.
        if (!commaFrameBefore(toks, k, cues)) break;
      }
      const intro = shortIntroduction(ctx, toks);
      if (intro) return intro;
    }
  }
  // Consecutive quotes: the previous attributed quote in the same paragraph, or in the paragraph just before
  // when this quote opens its paragraph.
  if (previous) {
    const sameBlock = previous.start >= block.start && previous.end <= block.end;
    let first = block.start;
    while (first < quote.start && (charFlags(ctx.doc.masked.charCodeAt(first)) & SPACE) !== 0) first++;
    const opensBlock = first === quote.start;
    const prevBlockIdx = blockIndex(ctx, block) - 1;
    const prevBlock = prevBlockIdx >= 0 ? ctx.doc.blocks[prevBlockIdx] : undefined;
    const inPrevBlock = !!prevBlock && previous.start >= prevBlock.start && previous.start < prevBlock.end;
    if (sameBlock || (opensBlock && inPrevBlock)) return { ...previous.speaker };
  }
  return introducedAfter(ctx, quote, block, ctx.doc.blocks[blockIndex(ctx, block) + 1]);
}

/**
 * A quotation that is its whole block (a blockquote, a quoted paragraph), attributed by the block after it:
 * "— Jane Roe, head librarian" or "Jane Roe, the head librarian, wrote that in 2019."
 */
function lineAfterSpeaker(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, quote: Quote, block: ProseBlock): Found | null {
  const masked = ctx.doc.masked;
  let first = block.start;
  while (first < quote.start && (charFlags(masked.charCodeAt(first)) & SPACE) !== 0) first++;
  let end = block.end;
  while (end > quote.end && (charFlags(masked.charCodeAt(end - 1)) & SPACE) !== 0) end--;
  const next = ctx.doc.blocks[blockIndex(ctx, block) + 1];
  if (first !== quote.start || end !== quote.end || !next) return null;
  const toks = tokens(ctx, next.start, Math.min(next.end, next.start + 200), 24);
  if (toks.length >= 2 && /^[―—–-]$/.test(toks[0].text)) return sourceRight(ctx, toks, 1, true);
  // A quoted paragraph of running copy more often continues the last speaker: only a blockquote looks below.
  if (!block.blockquote || next.blockquote) return null;
  // "That was how Ana Ruiz, …, explained it": words pointing back at the quotation come before the source.
  const from = pointsBackAt(toks);
  // "Ms Ruiz wrote …": the source may start after an honorific or a title.
  let lead = from;
  while (lead < toks.length - 1 && toks[lead].word && TITLE_WORDS.has(titleKey(toks[lead].text)) && /^\p{Lu}/u.test(toks[lead].text)) lead++;
  for (let k = from + 1; k < Math.min(toks.length, from + 12); k++) {
    if (!isCueAt(toks, k, cues)) continue;
    // "Ruiz and Lee wrote …": the pair opens the line.
    const left = withPartner(ctx, sourceLeft(ctx, toks, k, from));
    return left && (left.start === toks[from].start || left.start === toks[lead].start) ? left : null;
  }
  return null;
}
