// Descriptions that open a clause as its subject ("An aide, who argued for the plan, said …", "Two officials,
// speaking on the condition that they not be named, said …", "The agency's scientists measured … and found …"): the
// shapes blind news showed the name-seeking subject rules miss, as functions over a sentence's tokens.
import type { Token } from '../../text/tokens.js';
import * as shared from './shared.js';

const { AUXILIARIES, CLOSE_QUOTES, DETERMINERS, DOCUMENT_SOURCES, NP_BOUNDARIES, OPEN_QUOTES, PREPOSITIONS, SOURCE_PRONOUNS, startsCapital, startsLowercase } = shared;

/** Where a described person works or stands: "an engineer on the ward", "a nurse at Tarn General". */
const PLACE_PREPOSITIONS = new Set(['at', 'on', 'in', 'inside', 'within', 'from']);
/** Words that open an aside on a described source. */
// "A rigger, giving evidence from behind a screen, said", "The witness, testifying by video link, said".
const ASIDE_OPENERS = new Set(['who', 'whose', 'speaking', 'talking', 'giving', 'testifying', 'appearing', 'writing']);
/** Possessive determiners open a description of someone else's ("his aide"): left to the usual rules. */
const POSSESSIVE_PRONOUN_OPENERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);

const opensDescription = (t: Token | undefined): boolean => t !== undefined && t.word && DETERMINERS.has(t.lower) && !POSSESSIVE_PRONOUN_OPENERS.has(t.lower);

/** A determiner and at most three lowercase words at `from`, perhaps placed ("an engineer on the ward", "a nurse at
 *  Tarn General"), then a comma and "which", "who" or "whose". */
export function describedBeforeRelative(toks: readonly Token[], from: number): [number, number] | null {
  if (!toks[from]?.word || !DETERMINERS.has(toks[from].lower)) return null;
  let k = from + 1;
  while (k < from + 4 && toks[k]?.word && startsLowercase(toks[k].text) && !NP_BOUNDARIES.has(toks[k].lower) && !PREPOSITIONS.has(toks[k].lower)) k++;
  if (k > from + 1 && PLACE_PREPOSITIONS.has(toks[k]?.lower ?? '')) {
    let p = k + 1;
    while (p < k + 5 && toks[p]?.word && !NP_BOUNDARIES.has(toks[p].lower) && !/^(?:who|which|whose)$/.test(toks[p].lower)) p++;
    if (p > k + 1 && toks[p]?.text === ',') k = p;
  }
  return k > from + 1 && toks[k]?.text === ',' && /^(?:which|who|whose)$/.test(toks[k + 1]?.lower ?? '') ? [from, k] : null;
}

/**
 * The description opening the clause at `from` when asides on it (a relative clause, a participle of speaking,
 * chained by ", and") run up to `comma`, right before a cue: then the cue's subject is that description, never a word
 * inside an aside ("they", "both") nor a phrase after the cue ("said the council cut" is not "…, said the council").
 */
export function describedClosedAt(toks: readonly Token[], from: number, comma: number): [number, number] | null {
  const described = describedBeforeRelative(toks, from) ?? describedOpening(toks, from, comma);
  if (!described || described[1] >= comma) return null;
  // The asides: each opens with a relative pronoun or a participle of speaking (after a comma, perhaps ", and"),
  // and holds no other comma.
  let k = described[1];
  while (k < comma) {
    if (toks[k].text === ',') k++;
    if (toks[k]?.lower === 'and' && toks[k - 1]?.text === ',') k++;
    if (!ASIDE_OPENERS.has(toks[k]?.lower ?? '')) return null;
    while (k < comma && toks[k].text !== ',') {
      if (!toks[k].word && !/^[’'$%.-]$/.test(toks[k].text)) return null;
      k++;
    }
  }
  return described;
}

/** A determiner (or "one of the …") and up to seven words, ending where an aside opens: "Two defense officials",
 *  "One of the paper's peer reviewers", "A longtime county party official". */
function describedOpening(toks: readonly Token[], from: number, before: number): [number, number] | null {
  if (!opensDescription(toks[from])) return null;
  let k = from + 1;
  while (k < before && k - from <= 8 && toks[k].word && !ASIDE_OPENERS.has(toks[k].lower) && !SOURCE_PRONOUNS.has(toks[k].lower) && (k === from + 1 || !AUXILIARIES.has(toks[k].lower))) k++;
  if (k === from + 1 || k >= before) return null;
  const opens = ASIDE_OPENERS.has(toks[k].lower) || (toks[k].text === ',' && ASIDE_OPENERS.has(toks[k + 1]?.lower ?? ''));
  return opens ? [from, k] : null;
}

/**
 * "The agency's scientists measured gas flux … and found that …": a description opening the clause, up to the past
 * tense that follows it, for a clause with no name or pronoun to be its subject.
 */
export function describedBeforeVerb(toks: readonly Token[], from: number, before: number): [number, number] | null {
  if (!opensDescription(toks[from])) return null;
  for (let k = from + 1; k < before && k - from <= 5 && toks[k].word; k++) {
    // "A coach who requested …": a relative clause opens; its verb is not the clause's.
    if (/^(?:who|which|that|whose)$/.test(toks[k].lower)) return null;
    const next = toks[k + 1];
    if (next?.word && startsLowercase(next.text) && next.lower.length > 4 && next.lower.endsWith('ed') && !toks[k].lower.endsWith('ly')) return [from, k + 1];
    if (!startsLowercase(toks[k].text) && !/['’]s$/.test(toks[k].text)) return null;
  }
  return null;
}

/** Does a relative clause (", who …", ", whose …") close at the comma `comma`, with at most two commas inside it? */
export function relativeClosedAt(toks: readonly Token[], comma: number): boolean {
  let commas = 0;
  for (let k = comma - 1; k > 0 && comma - k <= 40; k--) {
    if (toks[k].text === ';' || CLOSE_QUOTES.has(toks[k].text) || OPEN_QUOTES.has(toks[k].text)) return false;
    if (toks[k].text !== ',') continue;
    if (/^(?:who|whose)$/.test(toks[k + 1]?.lower ?? '')) return !whoseRoleNamed(toks, k + 1, comma);
    if (++commas > 2) return false;
  }
  return false;
}

/** Is the comma at `comma` closing "whose" and a role of one to three lowercase words ("…, whose chief executive,")? */
export function whoseRoleBefore(toks: readonly Token[], comma: number): boolean {
  if (toks[comma]?.text !== ',') return false;
  let k = comma - 1;
  while (k > 0 && comma - k <= 3 && toks[k].word && !startsCapital(toks[k].text) && toks[k].lower !== 'whose') k--;
  return k < comma - 1 && toks[k]?.lower === 'whose';
}

/** "…, whose leader, Gwendolyn Ashby, described": the relative's own subject is a role the name after it fills, so
 *  the name is the verb's subject, not the end of a clause about an earlier one. */
function whoseRoleNamed(toks: readonly Token[], whose: number, comma: number): boolean {
  let k = whose + 1;
  while (k < comma && toks[k].text !== ',') k++;
  if (k + 1 >= comma || !whoseRoleBefore(toks, k)) return false;
  for (let n = k + 1; n < comma; n++) if (!toks[n].word || !startsCapital(toks[n].text)) return false;
  return true;
}

/** The subject of a clause from `from` whose asides close at `comma`: a description (describedClosedAt), or a
 *  document's maker past its apposition (makerBeforeApposition). */
export function closedSubject(toks: readonly Token[], from: number, comma: number): [number, number] | null {
  return describedClosedAt(toks, from, comma) ?? makerBeforeApposition(toks, from, comma);
}

/**
 * "Figures from the Office for Rail and Road Statistics, an independent body, show …": a document opening the clause
 * with its maker after "from" or "by", the maker set off by an apposition that closes at `comma`. The maker (as when
 * no apposition stands between: "Figures from the Office … show"), or null.
 */
export function makerBeforeApposition(toks: readonly Token[], from: number, comma: number): [number, number] | null {
  let k = from;
  if (DETERMINERS.has(toks[k]?.lower ?? '')) k++;
  // "Satellite images": a capital opening the sentence may modify the document too.
  while (k < from + 4 && toks[k]?.word && (startsLowercase(toks[k].text) || k === from) && !DOCUMENT_SOURCES.has(toks[k].lower)) k++;
  // "Satellite images reviewed by the Keshapur Strategic Forum, an independent think tank, show": a participle of
  // making or reading may stand before "by".
  const made = /ed$/.test(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === 'by' ? 1 : 0;
  if (!DOCUMENT_SOURCES.has(toks[k]?.lower ?? '') || !/^(?:from|by)$/.test(toks[k + 1 + made]?.lower ?? '')) return null;
  k += made;
  const start = toks[k + 2]?.lower === 'the' ? k + 3 : k + 2;
  let end = start;
  while (end < comma && toks[end].word && (startsCapital(toks[end].text) || (end > start && /^(?:of|for|and|the|on)$/.test(toks[end].lower)))) end++;
  if (end === start || !startsCapital(toks[end - 1].text) || toks[end]?.text !== ',') return null;
  // The apposition: a determiner and at most eight words, no other comma.
  if (!opensDescription(toks[end + 1]) || comma - end > 10) return null;
  for (let j = end + 2; j < comma; j++) if (!toks[j].word && !/^[’'-]$/.test(toks[j].text)) return null;
  return [k + 2, end];
}

/**
 * "Representative Lorenzo Saguisag of a Metro Manila district," closing at `comma`: a capitalised name, then "of" or
 * "from" and a short lowercase-led place ("of a Metro Manila district", "from the eastern suburbs"). Where the place's
 * preposition stands (so the name ends right before it, as at an apposition's comma), or -1.
 */
export function placeAfterName(toks: readonly Token[], comma: number): number {
  for (let k = comma - 1; k > 1 && comma - k <= 6; k--) {
    const t = toks[k];
    if (!t.word) return -1;
    if ((t.lower === 'of' || t.lower === 'from') && DETERMINERS.has(toks[k + 1]?.lower ?? '') && toks[k - 1].word && startsCapital(toks[k - 1].text) && startsLowercase(toks[comma - 1].text)) return k;
  }
  return -1;
}

/** "Sen. Ana Ruiz (D-Ore.) said", "The harbour master (a Democrat), said": the parenthesis belongs to the name. Where
 *  the name ends (before the parenthesis that closes at `j`, or its comma), and whether a parenthesis stood there. */
export function beforeBracket(toks: readonly Token[], j: number): [number, boolean] {
  if (toks[j].text === ',' && toks[j - 1]?.text === ')' && j > 1) j--;
  if (toks[j].text !== ')') return [j, false];
  let k = j;
  while (k > 0 && toks[k].text !== '(' && j - k < 12) k--;
  return toks[k].text === '(' && k > 0 ? [k - 1, true] : [j, false];
}

/**
 * "The audit, carried out by the engineering department of Western Deccan Institute of Technology and submitted to the
 * collector last week, found …": a description opening the clause, set off by a participle aside that closes right
 * before the cue (at `before`), is the subject, not a name inside the aside.
 */
export function describedBeforeParticiple(toks: readonly Token[], from: number, before: number): [number, number] | null {
  if (!opensDescription(toks[from]) || toks[before - 1]?.text !== ',') return null;
  let k = from + 1;
  while (k < from + 4 && toks[k]?.word && startsLowercase(toks[k].text)) k++;
  if (k === from + 1 || toks[k]?.text !== ',' || !/(?:ed|en|wn|ne)$/.test(toks[k + 1]?.lower ?? '')) return null;
  return [from, k];
}

/** Does a document and its maker end right before `comma` ("The 74-page assessment by Hallett Structural Group,")? */
export function documentMakerEndsAt(toks: readonly Token[], comma: number): boolean {
  let k = comma - 1;
  while (k > 1 && toks[k].word && (startsCapital(toks[k].text) || /^(?:of|for|and|the)$/.test(toks[k].lower))) k--;
  return k < comma - 1 && /^(?:by|from)$/.test(toks[k].lower) && DOCUMENT_SOURCES.has(toks[k - 1]?.lower ?? '');
}
