// "… was awarded to Pranjal Medisys Private Limited, a Talvani-based firm. … Pranjal Medisys, in a statement, said":
// a company the article first names with its legal form is named so wherever its shorter name speaks, as a person
// is by their full name.

/** A company's legal form ("Private Limited", "Pvt Ltd", "Inc.", "plc"), found first: few texts hold one. ASCII word
 *  boundaries (no Unicode flag), as the forms are ASCII: a Unicode scan of every article cost 1.5% of the analysis. */
const LEGAL_FORM = /\b(?:Private\s+Limited|Pvt\.?\s+Ltd\.?|Proprietary\s+Limited|Pty\.?\s+Ltd\.?|Limited|Ltd\.?|Inc\.?|Incorporated|LLC|LLP|PLC|plc|Corporation|Corp\.?|S\.A\.|AG|GmbH|N\.V\.|Berhad|Bhd)(?![A-Za-z])/g;
/** Substrings every legal form holds one of: most articles hold none, and a substring search is cheaper than the scan. */
const FORM_HINTS = ['Limited', 'Ltd', 'Inc', 'LLC', 'LLP', 'PLC', 'plc', 'Corp', 'S.A.', 'AG', 'GmbH', 'N.V.', 'Berhad', 'Bhd'];
/** The capitalised words (up to five) right before a legal form, perhaps with a comma between. */
const WORDS_BEFORE = /((?:\p{Lu}[\p{L}’'&.-]*\s+){1,5})(?:,\s+)?$/u;

/** How far back (in characters) the legal name is looked for. */
const REACH = 8000;

interface LegalName {
  at: number;
  /** The words before the legal form, one space between them. */
  words: string;
  /** The whole name with its legal form. */
  full: string;
}

// The legal names of the last text asked about: found once per article, as its speakers are named one by one.
let namesText = '';
let names: LegalName[] = [];

function legalNamesOf(text: string): LegalName[] {
  if (text === namesText) return names;
  namesText = text;
  names = [];
  if (!FORM_HINTS.some((hint) => text.includes(hint))) return names;
  for (const form of text.matchAll(LEGAL_FORM)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, form.index - 120), form.index));
    if (!before) continue;
    const words = before[1].trim().replace(/\s+/g, ' ');
    names.push({ at: form.index - before[0].length, words, full: `${text.slice(form.index - before[0].length, form.index)}${form[0]}`.replace(/\s+/g, ' ') });
  }
  return names;
}

/** The legal name ("Pranjal Medisys Private Limited") the article gave the company `name` before `at`, or null. */
export function legalName(text: string, name: string, at: number): string | null {
  // Two capitalised words at least, so a person's surname or a one-word brand is left alone.
  if (!/^\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*)+$/u.test(name)) return null;
  for (const n of legalNamesOf(text)) {
    if (n.at >= at) break;
    if (n.at < at - REACH) continue;
    // "went to Pranjal Medisys Private Limited": the words before the form may open with others ("Awarded Pranjal …").
    if (n.words === name) return n.full;
    if (n.words.endsWith(` ${name}`)) return `${name}${n.full.slice(n.words.length)}`;
  }
  return null;
}
