// A role given before a name with its complement ("The prefect of the department, Rodrigo Aranda,", "the Minister of
// Agriculture, Ana Ruiz,", "The Minister Delegate in charge of Primary Health Care, Dr Ana Ruiz,"): the head is the
// role noun before the preposition, not the last word of the complement, so a later "the prefect" finds the person.
import { execAtTail, wordNearEnd } from '../../text/tailMatch.js';

/** Role words (up to three, the head last) before "of", "for", "in charge of", "at", then up to seven words of the
 *  complement, a comma and the name. */
const ROLE_WITH_COMPLEMENT = /^[Tt]he\s+((?:[\p{L}][\p{L}’'-]*\s+){0,2}?[\p{L}][\p{L}-]*)\s+(?:of|for|in\s+charge\s+of|at)\s+(?:[\p{L}][\p{L}’'.-]*\s+){0,6}?[\p{L}][\p{L}’'.-]*,\s*$/u;
const THE = /(?:^|[\s(])[Tt]he\s/gu;

/**
 * The role phrase and where it starts, for a name starting at `lead` in `masked`: the first "the …" in the 90
 * characters before whose role words end in a person noun (so "the estimate of the president of …" gives
 * "president"). Undefined when none does.
 */
export function roleWithComplement(masked: string, lead: number, isHead: (phrase: string) => boolean): { at: number; phrase: string } | undefined {
  const from = Math.max(0, lead - 90);
  const window = masked.slice(from, lead);
  if (!window.endsWith(', ') && !window.endsWith(',')) return undefined;
  THE.lastIndex = 0;
  for (let m = THE.exec(window); m; m = THE.exec(window)) {
    const start = m.index + m[0].search(/[Tt]/u);
    const role = ROLE_WITH_COMPLEMENT.exec(window.slice(start));
    if (role && isHead(role[1])) return { at: from + start, phrase: role[1] };
  }
  return undefined;
}

/** "Dean of Admissions ", "Minister for Rural Roads " right before a name: a capitalised office, "of" or "for", and
 *  up to three capitalised words of its field. */
export const OFFICE_OF = /(?:^|[^\p{L}’'.-])((?:\p{Lu}[\p{L}-]*\s){0,2}\p{Lu}[\p{L}-]*)\s(?:of|for)\s(?:\p{Lu}[\p{L}.-]*\s){1,3}$/gu;

/** The office before a name at `start` written as "Office of Field" (its head before "of"), or undefined. */
export function officeOfBefore(masked: string, start: number): string | undefined {
  const window = masked.slice(Math.max(0, start - 60), start);
  // A match ends in "of" or "for" and up to three words: most names have neither among the four runs before them.
  if (!wordNearEnd(window, OF_FOR, 4)) return undefined;
  // At most seven runs of non-spaces: three words of the office, "of", three of its field.
  return execAtTail(OFFICE_OF, window, 7)?.[1];
}
const OF_FOR = ['of', 'for'];
