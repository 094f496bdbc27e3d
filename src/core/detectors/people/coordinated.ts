// Two people speaking together ("Ana Ruiz and Tom Lee said", "Ruiz and Lee said"): the source or speaker is the
// pair, and its name is each person's full name joined by "and" (docs/rules.md, "Who said a quote").

import { ORG_WORDS } from '../../lexicon/names.js';

/** Name particles a pair's names may hold (a subset of people/scan.ts's PARTICLES, as the pairs were tested). */
const PARTICLE = String.raw`(?:de|da|di|del|der|den|van|von|la|le|du|bin|al|ter)`;
/** One name: capitalised words, with particles inside ("Pieter van der Berg") or before a surname ("van der Berg"). */
export const NAME = String.raw`(?:${PARTICLE}\s+){0,2}\p{Lu}[\p{L}’'.-]*(?:\s+${PARTICLE}){0,2}(?:\s+\p{Lu}[\p{L}’'.-]*(?:\s+${PARTICLE}){0,2}){0,3}`;
/** "Ruiz and Lee": two names joined by one "and". */
const PAIR = new RegExp(`^(${NAME})\\s+and\\s+(${NAME})$`, 'u');

/** Pronouns capitalised at a sentence start look like names: "He and Spud" is left alone. */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

export function isPronoun(word: string): boolean {
  return PRONOUNS.has(word.toLowerCase());
}

/** The two names of a pair, with the second's offset in `surface`, or null when `surface` is no pair of names. */
export function namePair(surface: string): { first: string; second: string; at: number } | null {
  const m = surface.includes('and') ? PAIR.exec(surface) : null;
  // "The Regional Tripartite Wages and Productivity Board": "The" opens one body's name, never a pair of people's.
  if (!m || isPronoun(m[1]) || isPronoun(m[2]) || /^The\s/.test(m[1])) return null;
  return { first: m[1], second: m[2], at: surface.length - m[2].length };
}

/** Each name of a pair resolved on its own and joined by "and"; `surface` unchanged when it is no pair or when
 *  neither name resolves (an organisation with "and" in its name: "Food and Allied Workers Union"). */
export function resolvePair(surface: string, offset: number, one: (surface: string, offset: number) => string): string | null {
  const pair = namePair(surface);
  if (!pair) return null;
  const first = one(pair.first, offset);
  if (sharedBodyName(pair.first, first, pair.second)) return null;
  const second = one(pair.second, offset + pair.at);
  if (first === pair.first && second === pair.second) return null;
  return `${first} and ${second}`;
}

/** "Kingsbrook and Wensel Valley Police", "Devon and Cornwall Police": one word, "and", then words closing on a
 *  body's word name one body of two places, not two parties — when the word opens a longer name the article gave
 *  ("the Kingsbrook Marathon"), not when it is a surname ("Ruiz and Harbour Board": Ana Ruiz and the board). */
function sharedBodyName(first: string, resolved: string, second: string): boolean {
  if (/\s/.test(first) || !/\s/.test(second) || !ORG_WORDS.has(second.slice(second.lastIndexOf(' ') + 1).toLowerCase())) return false;
  return resolved === first || resolved.startsWith(first + ' ');
}
