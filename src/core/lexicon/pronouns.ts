// Personal pronouns that can stand for a named person, with the gender they imply. "They" and "I"/"we" are
// not resolved: singular "they" is ambiguous in news copy, and first person refers to the quote's own speaker.

export type Gender = 'male' | 'female';

export const GENDERED_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);

/** Pronouns that can be the subject of a speech verb ("she added", "they said"). */
/** Possessive pronouns of a person ("in her words", "his nephew"): not "its", nor the first and second persons. */
export const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** The longest pronoun: a longer word is none (lowercasing never shortens a string), so it need not be lowercased. */
const LONGEST = Math.max(...[...GENDERED_PRONOUNS.keys()].map((p) => p.length));

export function pronounGender(word: string): Gender | undefined {
  return word.length > LONGEST ? undefined : GENDERED_PRONOUNS.get(word.toLowerCase());
}
