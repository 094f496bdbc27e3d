// The gender of each person the article names: from a title or a given name, else from the pronoun that most often
// follows a mention of them.
import type { PersonMention } from '../../context.js';
import * as pronouns from '../../lexicon/pronouns.js';
import type { Gender } from '../../lexicon/pronouns.js';
import * as titles from '../../lexicon/titles.js';

const { isRoleNoun } = titles;
const { pronounGender } = pronouns;

/** Gender per name: titles and given names first, then the pronoun that most often follows a mention. */
export function assignGenders(text: string, mentions: PersonMention[]): void {
  const known = new Map<string, Gender>();
  for (const m of mentions) if (m.gender && !known.has(m.name)) known.set(m.name, m.gender);
  // "His daughter, Mina Harlow,": a kin noun right before a name gives a gender its given name may not.
  for (const m of mentions) {
    const kin = known.has(m.name) ? null : KIN_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const g = kin ? KIN_GENDER.get(kin[1]) : undefined;
    if (g) known.set(m.name, g);
  }
  const votes = new Map<string, { male: number; female: number }>();
  mentions.forEach((m, k) => {
    if (known.has(m.name)) return;
    const limit = Math.min(k + 1 < mentions.length ? mentions[k + 1].start : text.length, m.end + 300);
    const window = untilRoleNoun(text.slice(m.end, limit));
    // "Talia Moorcroft hired Benedek Arany as her manager": a pronoun in the sentence of a person named after its
    // subject is the subject's more often than not; it votes for the subject, and this person gets no vote.
    const own = /^[^.!?]*?\b(he|him|his|she|her|hers)\b/i.exec(window);
    const subject = own ? subjectBefore(text, mentions, k) : undefined;
    if (subject) return vote(votes, subject.name, pronounGender(own![1]));
    // A pronoun that speaks ("she wrote") tells more than one inside what the person reported ("posted that he had").
    const speaking = firstOutsideQuotes(SPEAKING_PRONOUN, window);
    const next = speaking ?? firstOtherThanObject(window);
    // "Mayor Luzviminda Agbayani-Cruz said Sitio Lumbang had been flagged …. “…,” she said.": a speaking pronoun after
    // the sentence continues its subject, not a name inside what the subject reported or did. A possessive may well
    // be the object's ("Justice X found Abdulkarim Sule guilty …. His two co-defendants …").
    const after = speaking && /[.!?]/.test(window.slice(0, speaking.index)) ? leadingSubject(text, mentions, k) : undefined;
    vote(votes, after && !known.has(after.name) ? after.name : m.name, next ? pronounGender(next[1]) : undefined);
  });
  for (const [name, v] of votes) if (v.male !== v.female) known.set(name, v.male > v.female ? 'male' : 'female');
  for (const m of mentions) {
    const g = known.get(m.name);
    if (g) m.gender = g;
  }
}

/**
 * The first third-person pronoun in `window` (the text after a name) that may be the named person: not the object
 * of a verb in the name's own sentence ("Adnan Terzil accused her of …" is about someone else).
 */
function firstOtherThanObject(window: string): RegExpExecArray | null {
  const re = /\b(he|him|his|she|her|hers)\b/gi;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const before = window.slice(0, m.index);
    if (quotationOpen(before)) continue;
    // "her" before a noun is a possessive ("closed her case"), which may be the named person's.
    const objectForm = /^him$/i.test(m[1]) || (/^her$/i.test(m[1]) && /^(?:\s+(?:of|to|for|with|in|on|at|as|that|and|over|from)\b|\s*[,.;:!?]|\s*$)/i.test(window.slice(m.index + 3)));
    const object = objectForm && !/[.!?;:]/.test(before) && /\b\p{Ll}+(?:ed|es|s)\s+$/u.test(before);
    if (!object) return m;
  }
  return null;
}

/** The first match of the global `re` in `window` outside quotation marks. */
function firstOutsideQuotes(re: RegExp, window: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) if (!quotationOpen(window.slice(0, m.index))) return m;
  return null;
}

/** Whether a quotation opened in `before`, after the end of the named person's sentence, is still open: in
 *  "Rodolfo Gumban brought rice. “She tells me not to worry,” he said." a pronoun inside the quotation is the
 *  speaker's word for someone else, and the speaker is likely the person just named, so it tells nothing of that
 *  person's gender. A quotation inside the name's own sentence ("disagreed with Ferrante on “half of what she says”")
 *  may well be about that person, and still counts. */
function quotationOpen(before: string): boolean {
  let open = -1;
  let depth = 0;
  let straight = -1;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 0x201c) {
      if (depth++ === 0) open = i;
    } else if (c === 0x201d) depth = Math.max(0, depth - 1);
    else if (c === 34) straight = straight < 0 ? i : -1;
  }
  const at = depth > 0 ? open : straight;
  return at >= 0 && /[.!?]/.test(before.slice(0, at));
}

/** Counts one pronoun of `gender` for `name`. */
function vote(votes: Map<string, { male: number; female: number }>, name: string, gender: Gender | undefined | null): void {
  if (!gender) return;
  const v = votes.get(name) ?? { male: 0, female: 0 };
  v[gender] += 1;
  votes.set(name, v);
}

/** The other person opening the sentence of mention k (within its first few words), when k is named after them. */
function subjectBefore(text: string, mentions: readonly PersonMention[], k: number): PersonMention | undefined {
  const m = mentions[k];
  const prev = mentions[k - 1];
  if (!prev || prev.name === m.name || /[.!?]\s/.test(text.slice(prev.end, m.start))) return undefined;
  const start = Math.max(text.lastIndexOf('. ', prev.start), text.lastIndexOf('\n', prev.start));
  return prev.start - start < 24 ? prev : undefined;
}

/** The person opening the sentence of mention k as its subject, with at most a title before them: not one after a
 *  preposition ("At Matapihi Primary, principal …") nor a possessor ("Sarr’s deputy, …"). */
function leadingSubject(text: string, mentions: readonly PersonMention[], k: number): PersonMention | undefined {
  const prev = subjectBefore(text, mentions, k);
  if (!prev || /^['’]s\b/.test(text.slice(prev.end, prev.end + 3))) return undefined;
  const start = Math.max(text.lastIndexOf('. ', prev.start), text.lastIndexOf('\n', prev.start)) + 1;
  const lead = text.slice(start, prev.start);
  return /^\s*(?:\p{Lu}[\p{L}.-]*\s+)*$/u.test(lead) && !OPENING_PREPOSITION.test(lead) ? prev : undefined;
}

const OPENING_PREPOSITION = /^\s*(?:At|In|On|For|From|With|By|After|Before|Under|Near|Like|Inside|Outside|Beyond|Behind|Across|To|Of|Unlike|Despite|Since|Until|During|Without)\b/;

const SPEAKING_PRONOUN = /\b(he|she)\s+(?:said|says|wrote|writes|added|adds|told|tells|asked|replied|insisted|explained)\b/gi;

/** The text up to the first definite role description ("The mayor disagreed."): a pronoun after it is likelier
 *  to mean the person of that role than the name before it, so it says nothing about that name's gender. */
function untilRoleNoun(text: string): string {
  let window = text;
  const re = /\b[Tt]he\s+((?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Ll}[\p{L}-]*)/gu;
  for (let m = re.exec(window); m; m = re.exec(window)) if (m[1].split(/\s+/).some(isRoleNoun)) window = window.slice(0, m.index);
  // Nor after a relative leading a sentence ("Her father is more cautious."): the pronoun is the relative's.
  const kin = /(?:^|[.!?]\s+)(?:Her|His|Their)\s+(\p{Ll}+)\b/u.exec(window);
  return kin && KIN_GENDER.has(kin[1]) ? window.slice(0, kin.index) : window;
}

/** Kin nouns with their gender, as a sentence's possessive subject ("Her father", "His sister"). */
export const KIN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['father', 'male'], ['husband', 'male'], ['son', 'male'], ['brother', 'male'], ['grandfather', 'male'], ['uncle', 'male'], ['nephew', 'male'], ['dad', 'male'], ['stepfather', 'male'],
  ['mother', 'female'], ['wife', 'female'], ['daughter', 'female'], ['sister', 'female'], ['grandmother', 'female'], ['aunt', 'female'], ['niece', 'female'], ['mum', 'female'], ['mom', 'female'], ['stepmother', 'female'],
]);
/** A possessor and a kin noun right before a name: "His daughter, ", "Tom Harlow’s son ". */
const KIN_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|['’]s)\s+(\p{Ll}+),?\s+$/u;
