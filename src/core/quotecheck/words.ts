// Words as the quote check compares them: lower case, curly marks straightened, accents and punctuation dropped,
// thousands separators removed, and contractions spelled out ("don't" → "do not"), so that the conventions a
// quotation may change (case, punctuation, marks, whitespace) never count as a change of wording. Each word keeps
// the span of text it came from, so a difference can be shown in the writer's own characters.

export interface Word {
  /** The compared form. */
  norm: string;
  /** Where it came from in the text it was read from (a spelled-out contraction gives two words on one span). */
  start: number;
  end: number;
  /** Capitalised in the text and not the first word of a sentence: likely part of a name. */
  name: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[.,][\p{N}]+)*/gu;
const CONTRACTIONS: Record<string, [string, string]> = {
  "can't": ['can', 'not'], cannot: ['can', 'not'], "won't": ['will', 'not'], "shan't": ['shall', 'not'], "ain't": ['is', 'not'],
};

export function normalizeWord(raw: string): string {
  // ASCII words (most of them) need no decomposition.
  const plain = (!/[^ -~]/.test(raw) ? raw : raw.normalize('NFKD')).replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
  return /^\p{N}/u.test(plain) ? plain.replace(/,(?=\d{3}\b)/g, '') : plain;
}

/** The words of `text` from `from` to `to`, in order. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const norm = normalizeWord(m[0]);
    const name = /^\p{Lu}/u.test(m[0]) && norm !== 'i' && !sentenceStart(text, start);
    for (const part of expand(norm)) words.push({ norm: part, start, end, name });
  }
  return words;
}

function expand(norm: string): string[] {
  const known = CONTRACTIONS[norm];
  if (known) return known;
  if (norm.endsWith("n't") && norm.length > 3) return [norm.slice(0, -3), 'not'];
  return [norm];
}

/** True when only spaces, quote marks or brackets stand between `at` and the previous sentence end (or the start). */
function sentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 40; i--) {
    const c = text[i]!;
    if (/[.!?:;\n…]/.test(c)) return true;
    if (/[\p{L}\p{N},]/u.test(c)) return false;
  }
  return true;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'nowhere', 'without']);
const NUMBER_WORDS = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion',
  'half', 'dozen', 'first', 'second', 'third', 'percent',
]);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm);
}

export function isNumber(norm: string): boolean {
  return /\p{N}/u.test(norm) || NUMBER_WORDS.has(norm);
}

export function isDate(norm: string): boolean {
  return MONTHS.has(norm) || /^\d{4}$/.test(norm);
}
