// "Ana and Tom Ruiz opened the shop": two given names sharing one family name. The first given name stands alone in
// the text but is a full name, so a later "Ana said" is Ana Ruiz, as "Tom said" is Tom Ruiz.
import type { PersonMention } from '../../context.js';
import { NOT_NAME_WORDS } from '../../lexicon/names.js';
import { isGivenWord, type Token } from './mentions.js';
import { endsWithWordThenSpaces } from '../../text/tailMatch.js';

/** A capitalised word, then " and " right before a mention. */
export const GIVEN_AND = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*)\s+(?:and|&)\s+$/u;

/**
 * Gives each given name joined by "and" to a two-word (or longer) name the family name of that name: a mention of
 * the pair's first person, replacing the lone word kept for later linking. The lone word must be a given name, and
 * neither word one that opens a sentence ("But Tom Ruiz").
 */
export function addSharedSurnames(masked: string, mentions: PersonMention[], singles: Token[]): void {
  const added: PersonMention[] = [];
  for (const m of mentions) {
    const words = m.name.split(' ');
    if (words.length < 2 || m.text !== m.name) continue;
    if (!endsWithWordThenSpaces(masked, m.start, 'and') && !endsWithWordThenSpaces(masked, m.start, '&')) continue;
    const before = GIVEN_AND.exec(masked.slice(Math.max(0, m.start - 40), m.start));
    if (!before) continue;
    const given = before[1];
    // The name after "and" may open with a given name the lexicon lacks ("Ana and Tomas Berg").
    if (NOT_NAME_WORDS.has(given.toLowerCase()) || NOT_NAME_WORDS.has(words[0].toLowerCase()) || !isGivenWord(given)) continue;
    const start = m.start - before[0].length;
    const surname = words.slice(1).join(' ');
    added.push({ start, end: start + given.length, text: given, name: `${given} ${surname}` });
  }
  if (added.length === 0) return;
  const taken = new Set(added.map((a) => a.start));
  for (let i = singles.length - 1; i >= 0; i--) if (taken.has(singles[i].start)) singles.splice(i, 1);
  for (let i = mentions.length - 1; i >= 0; i--) if (taken.has(mentions[i].start)) mentions.splice(i, 1);
  mentions.push(...added);
}
