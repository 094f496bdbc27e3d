// "… was awarded to Pranjal Medisys Private Limited, a Talvani-based firm. … Pranjal Medisys, in a statement, said":
// a company the article first names with its legal form is named so wherever its shorter name speaks, as a person
// is by their full name.

/** A company's legal form after its name ("Private Limited", "Pvt Ltd", "Inc.", "plc"). */
const LEGAL_FORM = String.raw`(?:Private\s+Limited|Pvt\.?\s+Ltd\.?|Proprietary\s+Limited|Pty\.?\s+Ltd\.?|Limited|Ltd\.?|Inc\.?|Incorporated|LLC|LLP|PLC|plc|Corporation|Corp\.?|S\.A\.|AG|GmbH|N\.V\.|Berhad|Bhd)`;

/** How far back (in characters) the legal name is looked for. */
const REACH = 8000;

/** The legal name ("Pranjal Medisys Private Limited") the article gave the company `name` before `at`, or null. */
export function legalName(text: string, name: string, at: number): string | null {
  // Two capitalised words at least, so a person's surname or a one-word brand is left alone.
  if (!/^\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*)+$/u.test(name)) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const from = Math.max(0, at - REACH);
  const found = new RegExp(String.raw`(?<![\p{L}-])${escaped},?\s+(${LEGAL_FORM})(?![\p{L}])`, 'u').exec(text.slice(from, at));
  return found ? `${name}${found[0].slice(name.length, found[0].length)}`.replace(/\s+/g, ' ') : null;
}
