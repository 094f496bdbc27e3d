// Names beside vague wording: a maker or a person named right next to a phrase that would otherwise leave its source
// unnamed ("a study by the Hartley Institute", "by one estimate from the Office for Budget Responsibility", "Ana Ruiz,
// a diplomat familiar with the talks,"). Used by the vague-wording patterns (vagueWording.ts).

/** A maker or a place of publication, named: "conducted by Harbor Research", "from the Pew Research Center". */
export const NAMED_MAKER = /^[^.;:]*?(?:\bby|\bfrom|\b(?:published|appeared|released)\s+in)\s+(?:the\s+)?(?:journal\s+)?\p{Lu}/u;

/** A maker named after a reckoning: "by one estimate from the Office for Budget Responsibility". */
export const MAKER_AFTER = /^\s+(?:by|from|of)\s+(?:the\s+)?\p{Lu}/u;

/** A full name (two or more capitalised words, not a "The …" body) set off by a comma. */
const NAME = `(?:(?:Dr|Mr|Mrs|Ms|Prof)\\.?\\s+)?(?!The\\b)\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+)+`;
const NAME_BEFORE = new RegExp(`(?:^|[,;:]\\s*|\\b(?:said|says|told|to|by)\\s+)${NAME}\\s*,\\s*$`, 'u');
/** After a description whose object is a matter, not a person ("familiar with the talks, Ana Ruiz,"). */
const NAME_AFTER = new RegExp(`^(?:\\s+(?:the\\s+)?[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+){0,3})?\\s*,\\s*${NAME}\\s*(?:[,.;]|$|\\s+(?:said|says|told)\\b)`, 'u');

/** A name then its description in apposition: "Ana Ruiz, a diplomat …". */
export const NAMED_OPENING = new RegExp(`^\\s*${NAME}\\s*,\\s*(?:an?|one|the)\\s`, 'u');

/**
 * Is a described source named right beside its description ("Ana Ruiz, a diplomat familiar with the talks," or "a
 * diplomat familiar with the talks, Ana Ruiz,")? Then it is named, not anonymous. Not after "close to" or "of",
 * whose object may be the one named ("sources close to the mayor, Ana Ruiz").
 */
export function namedBeside(sentence: string, from: number, to: number): boolean {
  if (NAME_BEFORE.test(sentence.slice(Math.max(0, from - 60), from))) return true;
  return !/\b(?:close\s+to|of)\s*$/iu.test(sentence.slice(from, to)) && NAME_AFTER.test(sentence.slice(to, to + 80));
}
