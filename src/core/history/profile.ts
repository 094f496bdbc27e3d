// What the re-ranker and the guards compare between a claim and an earlier check: its terms, character trigrams,
// numbers, years and named entities. Computed once per check (cached by the history) and once per query.
import { cleanClaimText, postedMonthOf, termOf, termsOf, WORD } from './text.js';
import { STOP_WORDS } from './stopWords.js';

export interface ClaimProfile {
  terms: ReadonlySet<string>;
  termCount: number;
  /** Adjacent term pairs ("white hous"), so a shared phrase counts for more than the same words apart. */
  bigrams: ReadonlySet<string>;
  /** Character trigrams of the cleaned, lower-cased text with their counts, and the vector's norm. */
  trigrams: ReadonlyMap<string, number>;
  trigramNorm: number;
  /** Numbers other than years, normalised ("1,200" → "1200", "3.50" → "3.5"). */
  numbers: ReadonlySet<string>;
  years: ReadonlySet<string>;
  /** Capitalised words and acronyms not at a sentence start, as terms ("Obama", "NASA"). */
  entities: ReadonlySet<string>;
  /** "august 2019" for each month named with its year ("in August 2019", "on 5 August 2019", "August 5, 2019"). */
  months: ReadonlySet<string>;
  /** When the claim was posted, for an embedded tweet ("august 2019"); a check naming that month is likely about it. */
  posted?: string;
  /** For a check with a title (a ClaimReview headline, a CheckThat! title): the terms of each part apart. */
  textTerms: ReadonlySet<string>;
  titleTerms: ReadonlySet<string>;
}

/** A check's profile: its claim and title together, plus each part's terms. */
export function profileOfCheck(text: string, title?: string): ClaimProfile {
  const profile = profileOf(title ? `${text}\n${title}` : text);
  return title ? { ...profile, textTerms: new Set(termsOf(text)), titleTerms: new Set(termsOf(title)) } : profile;
}

const YEAR = /^(1[89]|20)\d\d$/;

export function profileOf(text: string): ClaimProfile {
  const clean = cleanClaimText(text);
  const terms = termsOf(text);
  const trigrams = trigramsOf(clean);
  let norm = 0;
  for (const n of trigrams.values()) norm += n * n;
  const { numbers, years, entities } = markersOf(clean);
  const bigrams = new Set<string>();
  for (let i = 1; i < terms.length; i++) bigrams.add(terms[i - 1] + ' ' + terms[i]);
  const termSet = new Set(terms);
  return { terms: termSet, termCount: terms.length, bigrams, trigrams, trigramNorm: Math.sqrt(norm), numbers, years, entities,
    months: monthsOf(clean), posted: postedMonthOf(text), textTerms: termSet, titleTerms: new Set() };
}

const MONTH_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2},?)? (\d{4})\b/g;

function monthsOf(clean: string): Set<string> {
  return new Set([...clean.matchAll(MONTH_YEAR)].map((m) => `${m[1].toLowerCase()} ${m[2]}`));
}

function trigramsOf(clean: string): Map<string, number> {
  const squashed = ' ' + clean.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() + ' ';
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= squashed.length; i++) {
    const gram = squashed.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

function markersOf(clean: string): { numbers: Set<string>; years: Set<string>; entities: Set<string> } {
  const numbers = new Set<string>();
  const years = new Set<string>();
  const entities = new Set<string>();
  let sentenceStart = true;
  for (const match of clean.matchAll(WORD)) {
    const word = match[0];
    if (/^\d[\d,.]*$/.test(word)) {
      const value = normaliseNumber(word);
      (YEAR.test(value) ? years : numbers).add(value);
    } else if (!STOP_WORDS.has(word.toLowerCase()) && (/^\p{Lu}{2,}$/u.test(word) || (!sentenceStart && /^\p{Lu}/u.test(word)))) {
      entities.add(termOf(word));
    }
    // A word followed by sentence punctuation ends its sentence; the next capital is not a name by that alone.
    sentenceStart = /^\s*[.!?:\n"“]/.test(clean.slice(match.index + word.length, match.index + word.length + 3));
  }
  return { numbers, years, entities };
}

export function normaliseNumber(word: string): string {
  const plain = word.replace(/,(?=\d{3}\b)/g, '').replace(/[.,]$/, '');
  return plain.includes('.') ? String(Number(plain)) : plain;
}
