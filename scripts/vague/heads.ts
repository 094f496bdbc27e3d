// How the vague-source miner reads a PolNeAR source phrase: its head noun, and whether the phrase names nobody.

export interface HeadCount {
  unnamed: number;
  total: number;
}

/** A head must be used bare this often, and in this share of its uses, to count as an unnamed group. */
export const MIN_COUNT = 3;
export const MIN_UNNAMED_SHARE = 0.5;

/** Words after a head noun that start its complement ("officials familiar with", "critics of the plan"). */
const COMPLEMENT = new Set([
  'of', 'to', 'for', 'at', 'from', 'in', 'on', 'with', 'who', 'whom', 'that', 'which', 'whose', 'close', 'familiar',
  'inside', 'within', 'near', 'across', 'around', 'like', 'including', 'such', 'both', 'alike',
]);

/** Openers that make a phrase point at someone the article already named ("the officials", "his aides"). */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'both']);

/** Plurals that are not groups of people (evidence and quantities are handled elsewhere). */
const NOT_PEOPLE = new Set(['percent', 'polls', 'reports', 'results', 'records', 'numbers', 'figures', 'data', 'documents', 'emails', 'statistics', 'studies', 'surveys', 'news', 'others', 'its', 'this', 'is', 'was', 'has', 'as',
  // Mined but not groups of people: filings, rules and series speak only as documents; majorities are quantities.
  'filings', 'rules', 'series', 'majorities', 'courts', 'states', 'countries']);

function words(text: string): string[] {
  return text.replace(/[’']s\b/g, '').match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
}

/** The lower-case plural head noun of a source phrase, or null when the head is a name or not a plural. */
export function headOf(source: string): string | null {
  const ws = words(source);
  let end = 0;
  while (end < ws.length && !COMPLEMENT.has(ws[end].toLowerCase())) end++;
  if (end === 0) return null;
  const head = ws[end - 1];
  if (!/^[a-z]+$/.test(head) || head.length < 4 || !head.endsWith('s') || head.endsWith('ss')) return null;
  return NOT_PEOPLE.has(head) ? null : head;
}

/** No name (a capital after the first word), no possessive and no definite opener: nobody a reader could look up. */
export function isUnnamedGroup(source: string): boolean {
  if (/[’']s\b/.test(source)) return false;
  const ws = words(source);
  if (ws.length === 0 || DEFINITE.has(ws[0].toLowerCase())) return false;
  for (let i = 1; i < ws.length; i++) if (ws[i][0] !== ws[i][0].toLowerCase()) return false;
  return ws[0] === ws[0].toLowerCase() || ws.length > 1 || /^[A-Z][a-z]/.test(ws[0]);
}
