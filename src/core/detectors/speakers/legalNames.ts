// "… was awarded to Pranjal Medisys Private Limited, a Talvani-based firm. … Pranjal Medisys, in a statement, said":
// a company the article first names with its legal form is named so wherever its shorter name speaks, as a person
// is by their full name.

/** Capitalised words, then a company's legal form ("Private Limited", "Pvt Ltd", "Inc.", "plc"). */
const LEGAL_NAME = /((?:\p{Lu}[\p{L}’'&.-]*\s+){1,5}?)(?:,\s+)?(Private\s+Limited|Pvt\.?\s+Ltd\.?|Proprietary\s+Limited|Pty\.?\s+Ltd\.?|Limited|Ltd\.?|Inc\.?|Incorporated|LLC|LLP|PLC|plc|Corporation|Corp\.?|S\.A\.|AG|GmbH|N\.V\.|Berhad|Bhd)(?![\p{L}])/gu;

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
  for (const m of text.matchAll(LEGAL_NAME)) {
    const words = m[1].trim().replace(/\s+/g, ' ');
    names.push({ at: m.index, words, full: m[0].replace(/\s+/g, ' ') });
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
