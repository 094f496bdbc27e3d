// Invariants of speaker and source spans that need no gold labels (issue 12, "Speakers are people"): a speaker or a
// source is a noun phrase — never a determiner, a relative pronoun, an adverb or adjective, nor a phrase that swallows
// the verb after its head; a source is never a place named in an aside, a number, a date or a bare quantity; a
// quote's speaker agrees with the source of the attribution whose content holds it. Pure functions over an analysis,
// so that they can be unit-tested on hand-made inputs and counted on any unlabelled text (invariants.ts).
import type { Analysis, Attribution, Quote, Span } from '../../src/core/types.js';

export const INVARIANT_KINDS = ['verb-in-span', 'not-a-noun-phrase', 'place-source', 'number-source', 'speaker-source-disagree', 'capitalised-unnamed'] as const;
export type InvariantKind = (typeof INVARIANT_KINDS)[number];

/** Which list a kind is counted against: per 1,000 quotes with a speaker, or per 1,000 attributions with a source. */
export type Role = 'speaker' | 'source';

export interface Violation {
  kind: InvariantKind;
  role: Role;
  /** The offending span (a speaker or a source). */
  span: Span;
  /** What the check read, for the report ("spk=… src=…"). */
  detail: string;
}

/** Verb forms that are finite wherever they follow a noun phrase: past tenses that are no participle and common
 *  third-person forms ("The Florida senator sought", "His comments came", "the Islamic State group needs"). */
const FINITE_VERBS = new Set(`
said says told tells wrote writes thought thinks knew knows began begins came comes sought seeks went goes took takes
gave gives got gets brings ran runs spoke speaks became becomes needs wants seems appears believes insists argues
explains adds asks warns urges tweets responds replied hopes expects fears worries
`.split(/\s+/).filter(Boolean));

/** Words that open a relative clause without "that" inside a noun phrase ("an account she gave"). */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'his', 'her', 'their', 'its', 'our', 'my']);

/** "-ed" words that are adjectives or nouns inside a name, not a verb after a head. */
const ED_NOT_VERBS = new Set(['united', 'red', 'bed', 'need', 'seed', 'feed', 'speed', 'creed', 'breed', 'shed', 'fed', 'med', 'ted', 'ned', 'fred', 'ed', 'led']);

/**
 * Does a multi-word span end in a finite verb after its head? Yes for a form in FINITE_VERBS; for an "-ed" form
 * (past tense or participle alike) only when what follows it reads as its object or infinitive ("The spokesman
 * refused to answer", "Belgium failed to discover"): "a poll conducted by", "a document filed Thursday" and
 * "a source involved in" are reduced relatives, a noun phrase's own. `after` is the text right after the span.
 */
export function verbAfterHead(text: string, after: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  const last = words[words.length - 1];
  if (!/^[a-z]+$/.test(last)) return false;
  // "an account she gave", "new financial documents he submitted": a relative clause with its own subject.
  if (words.slice(1, -1).some((w) => CLAUSE_SUBJECTS.has(w))) return false;
  if (FINITE_VERBS.has(last)) return true;
  return last.length > 4 && last.endsWith('ed') && !ED_NOT_VERBS.has(last) && /^\s+(?:to\s+[a-z]|the\s|a\s|an\s|his\s|her\s|their\s)/.test(after);
}

// A possessive alone ("his" of "his comments on Muslims") is the source of a nominal cue as PolNeAR marks it: a
// pronoun standing for a person, not a determiner cut from its noun. Articles and quantifiers alone are.
const ARTICLES = new Set(['the', 'a', 'an', 'every', 'each', 'no', 'any', 'such', 'another']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose', 'that']);
/** Adjectives seen taken for speakers from a colon frame ("Okafor's reply was brief: …"). */
const ADJECTIVES = new Set(['brief', 'simple', 'cautious', 'short', 'blunt', 'clear', 'best', 'more', 'less', 'direct', 'succinct', 'terse', 'worst', 'first', 'last']);

/**
 * A one-word span that is no noun phrase: a determiner, an unresolved relative pronoun, an adverb or an adjective.
 * `name` is the resolved name: "who" standing for the person named before it is a mention, not a violation.
 */
export function notNounPhrase(text: string, name: string | null | undefined): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length !== 1) return false;
  const lower = words[0].toLowerCase();
  if (RELATIVES.has(lower)) return !name || name.toLowerCase() === lower;
  // A capitalised adjective is a name ("Blunt" for Roy Blunt), as is a capitalised "-ly" word ("Skelly").
  if (ARTICLES.has(lower) || (ADJECTIVES.has(words[0]))) return true;
  // A capitalised word in -ly is a name ("Skelly"), not an adverb.
  return lower === words[0] && lower.length > 4 && lower.endsWith('ly') && !ADVERB_LOOKALIKES.has(lower);
}

/** Words in -ly that are nouns or names ("family", "Italy", "Kelly"). */
const ADVERB_LOOKALIKES = new Set(['family', 'rally', 'supply', 'reply', 'assembly', 'italy', 'july', 'anomaly', 'monopoly', 'bully', 'daily', 'weekly', 'monthly', 'kelly', 'sally', 'billy', 'molly', 'emily', 'holly', 'ally', 'nelly', 'reilly', 'kelly’s']);

/** US state names and words of place names (a source made only of these is a place). */
const PLACE_WORDS = new Set(`
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
nevada new hampshire jersey mexico york north south carolina dakota ohio oklahoma oregon pennsylvania rhode island
tennessee texas utah vermont virginia west washington wisconsin wyoming city county calif fla mass ariz
`.split(/\s+/).filter(Boolean));

/**
 * A place or a party-state code as a source where the text names it in an aside about a person: the source is
 * preceded by a preposition ("Lund, in Iowa, said"; "a nurse in Dover, Delaware, told them") or sits in a
 * party label ("Gov. Ana Ruiz (R-OH), said" → "OH"). `before` is the text just before the source.
 */
export function placeSource(text: string, before: string): boolean {
  if (/\((?:[RDI])-$/.test(before) || /^[A-Z]{2}$/.test(text) && /[RDI]-$/.test(before)) return true;
  if (!/\b(?:in|at|from|of|near)\s+$/i.test(before)) return false;
  const words = text.replace(/[,.]/g, ' ').split(/\s+/).filter(Boolean);
  // Place words only ("New Hampshire"), or a town and its state ("Worcester, Massachusetts").
  const places = (ws: string[]) => ws.length > 0 && ws.every((w) => PLACE_WORDS.has(w.toLowerCase()));
  const [town, ...state] = text.split(',');
  return places(words) || (state.length === 1 && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(town.trim()) && places(state[0].split(/\s+/).filter(Boolean)));
}

const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday', 'tomorrow']);
/** Words of a quantity or a date that leave no noun behind them ("500,000 worth of", "10", "Jan. 5"). */
const QUANTITY_WORDS = new Set(['worth', 'of', 'million', 'billion', 'thousand', 'hundred', 'dollars', 'more', 'than', 'about', 'nearly', 'almost', 'over', 'and', 'a', 'half', 'th', 'st', 'nd', 'rd']);

/** Cues after which a bare number stands for a group named just before ("520 superdelegates have said …, 39 have
 *  said …"): verbs of speech and opinion. */
const GROUP_CUE = /^(?:(?:have|had|has)\s+)?(?:(?:publicly|not)\s+)*(?:say|says|said|saying|tell|told|announced|believe|believed|think|thought|want|wanted|support|supported|agree|agreed|prefer|preferred)$/i;

/**
 * A source that is a number, a date or a bare quantity. The rule: a number heading a group is a group of people
 * ("48 percent of likely voters say", "12 retired nurses", "55 percent said" — a poll share of its respondents), an
 * age or a date qualifying a noun is no number ("17-year-old Jared Potts", "Saturday's primary showed"), and a bare
 * number speaking or believing is a group named just before it ("Of the 52 councillors, 39 said …"). A number, date
 * or quantity with no noun otherwise is one: "Tuesday", "500,000 worth of | planned", "271 | pledged (delegates)",
 * and the tail of a cut poll group ("nearly 7 in 10 answered" → "10"). `before` is the text just before the source,
 * `cue` the attribution's cue.
 */
export function numberSource(text: string, before = '', cue = ''): boolean {
  const words = text.replace(/^[$£€]/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const first = words[0].toLowerCase().replace(/[.,]$/, '');
  const opensNumber = /^\d/.test(first) && !/^\d+-[a-z]/.test(first);
  if (!opensNumber && !DATE_WORDS.has(first)) return false;
  const rest = words.slice(1).map((w) => w.toLowerCase().replace(/[.,]$/, ''));
  if (rest.some((w) => !/^\d/.test(w) && !QUANTITY_WORDS.has(w) && !DATE_WORDS.has(w))) return false;
  if (!opensNumber || rest.length > 0 || /\b(?:in|over|under)\s+$/.test(before)) return true;
  return !(/%$/.test(first) || GROUP_CUE.test(cue.trim()));
}

/** A lowercase key for comparing names: no leading article, no possessive, spaces collapsed. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/['’]s?$/, '').replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
}

/**
 * Do a quote's speaker and the source of the attribution holding it agree? (Not asked when the speaker is named
 * inside that attribution's content: a nested voice, see `violations`.) They do when their spans overlap, when
 * their resolved names match, or when one side has no resolved name and its words end the other's name ("Kasich"
 * and "John Kasich").
 */
export function agrees(speaker: { text: string; name: string | null; span: Span }, source: { text: string; name: string | undefined; span: Span }): boolean {
  if (speaker.span.start < source.span.end && source.span.start < speaker.span.end) return true;
  const a = nameKey(speaker.name ?? speaker.text);
  const b = nameKey(source.name ?? source.text);
  if (a === b) return true;
  const unresolved = speaker.name === null || speaker.name === speaker.text || source.name === undefined;
  return unresolved && a !== '' && b !== '' && (a.endsWith(' ' + b) || b.endsWith(' ' + a));
}

/** The innermost attribution with a source whose content holds the quote (nested reports: the closest speaker). */
export function holdingAttribution(attributions: readonly Attribution[], quote: Quote): Attribution | undefined {
  let best: Attribution | undefined;
  for (const a of attributions) {
    const c = a.content;
    if (!a.source || !c || c.start > quote.inner.start || c.end < quote.inner.end) continue;
    if (a.cue.start >= quote.inner.start && a.cue.end <= quote.inner.end) continue;
    if (!best || c.end - c.start < best.content!.end - best.content!.start) best = a;
  }
  return best;
}

/**
 * "Pia Holm said that the mayor’s claim that the port is losing money was “plainly false”": the innermost
 * attribution holding a quote is a report nested inside another that holds it too — its cue lies in that one's
 * content — and the outer one is the speaker's own. Then the quote is the speaker's: a nested content found by the
 * attribution finder runs to the clause's end and takes in the reporter's words as well. On PolNeAR train, where
 * the speaker and a nested source holding its quote differ, the gold owners of the quote include the speaker 47
 * times and the nested source 27 times (both in 14): counting these as disagreements blamed the speaker for a question of content ends.
 */
export function reportedWithin(text: string, attributions: readonly Attribution[], quote: Quote, inner: Attribution, speaker: Span & { name: string | null }): boolean {
  return attributions.some((a) => {
    const c = a.content;
    if (a === inner || !a.source || !c || c.start > quote.inner.start || c.end < quote.inner.end) return false;
    if (inner.cue.start < c.start || inner.cue.end > c.end) return false;
    return agrees({ text: speaker.text, name: speaker.name, span: speaker }, { text: text.slice(a.source.start, a.source.end), name: a.sourceName, span: a.source });
  });
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'him', 'her', 'them', 'some', 'many', 'others', 'both', 'several', 'few', 'most', 'all']);
/** Words that open a phrase naming a thing, never a speaker, when a capitalised word follows ("His Fast", "Me a Liar"). */
const THING_OPENERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your', 'me', 'him', 'them', 'us']);

/**
 * A speaker with capitals but no name that is no description either: a lone capitalised word, not a pronoun, that
 * the index left unnamed ("An"), or a possessive or object-pronoun phrase holding a capitalised word whose "name" is
 * only its own words ("His Fast", "her Wall Street links", "Me a Liar": title-case words of a headline). A determiner
 * with lowercase words ("The audience", "The email") is a description the article never names: fine.
 */
export function capitalisedUnnamed(text: string, name: string | null): boolean {
  if (name !== null && name !== text) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (words.length === 1) return name === null && /^\p{Lu}/u.test(text) && !PRONOUNS.has(text.toLowerCase());
  return THING_OPENERS.has(words[0].toLowerCase()) && words.slice(1).some((w) => /^\p{Lu}/u.test(w));
}

/** Every violation in one analysed text. */
export function violations(text: string, analysis: Analysis): Violation[] {
  const out: Violation[] = [];
  const shape = (role: Role, span: Span, words: string, name: string | null | undefined) => {
    if (verbAfterHead(words, text.slice(span.end, span.end + 12))) out.push({ kind: 'verb-in-span', role, span, detail: words });
    if (notNounPhrase(words, name)) out.push({ kind: 'not-a-noun-phrase', role, span, detail: words });
  };
  for (const q of analysis.quotes) {
    const s = q.speaker;
    if (!s) continue;
    const words = text.slice(s.start, s.end);
    shape('speaker', s, words, s.name);
    if (capitalisedUnnamed(words, s.name)) out.push({ kind: 'capitalised-unnamed', role: 'speaker', span: s, detail: words });
    const holder = holdingAttribution(analysis.attributions, q);
    if (!holder) continue;
    const src = holder.source!;
    const srcWords = text.slice(src.start, src.end);
    // "X said that Y called it “…”": a speaker named inside the attribution's content is a nested voice, nearer
    // the quote than the source (whose own report holds Y's words); the two need not agree.
    if (holder.content!.start <= s.start && s.end <= holder.content!.end) continue;
    if (!agrees({ text: words, name: s.name, span: s }, { text: srcWords, name: holder.sourceName, span: src }) && !reportedWithin(text, analysis.attributions, q, holder, s)) {
      out.push({ kind: 'speaker-source-disagree', role: 'speaker', span: s, detail: `speaker «${words}» = ${s.name} / source «${srcWords}» = ${holder.sourceName}` });
    }
  }
  for (const a of analysis.attributions) {
    const s = a.source;
    if (!s) continue;
    const words = text.slice(s.start, s.end);
    // "Dock workers who said …": a quote's speaker may hold the pronoun in the description it closes.
    const holder = analysis.quotes.find((q) => q.speaker && q.speaker.start <= s.start && s.end <= q.speaker.end && q.speaker.end - q.speaker.start > s.end - s.start);
    shape('source', s, words, a.sourceName ?? (holder ? text.slice(holder.speaker!.start, holder.speaker!.end) : undefined));
    if (placeSource(words, text.slice(Math.max(0, s.start - 12), s.start))) out.push({ kind: 'place-source', role: 'source', span: s, detail: words });
    if (numberSource(words, text.slice(Math.max(0, s.start - 12), s.start), text.slice(a.cue.start, a.cue.end))) out.push({ kind: 'number-source', role: 'source', span: s, detail: `${words} | ${text.slice(a.cue.start, a.cue.end)}` });
  }
  return out;
}
