// A quotation whose owner the next sentence names while pointing back at it: "“…” That was Kowalczyk's own
// estimate.", "That is the view of Ana Ruiz, the harbour master." The pointer, a copula, then either a person's
// possessive or a short description closed by "of" and the person.
import type { DetectorContext } from '../../context.js';
import type { Sentence } from '../../markdown/sentences.js';
import { isPersonNoun } from '../../lexicon/titles.js';
import { mentionsBetween } from '../people.js';
import { personSpeaker, type Found } from './phrases.js';
import type { Tok } from './tokens.js';

/** A definite role with its complement up to a comma: "the president of the Chamber of Commerce, ", "the agency's
 *  director, " (the role noun captured). */
const DESCRIBED = /^(?:the|a|an)\s+(?:\p{L}+['’]s\s+)?(?:\p{Ll}[\p{L}-]*\s+)?([\p{L}-]+)(?:\s+(?:of|for|at)\s+[^,.;:!?“”"]{1,80}?)?,\s+/u;

// "That was the message from Ana Ruiz": "from" closes the description as "of" does.
const POINTING_BACK = /^[\s*_]*(?:That|This|Those|These)\s+(?:is|was|are|were)\s+(?:the\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:of|from)\s+)?/u;
const DESCRIBED_OWNER = /\s(?:of|from)\s+$/;

/** The person the sentence names as the owner of the words before it, or null. */
export function pointedOwner(ctx: DetectorContext, next: Sentence): Found | null {
  const masked = ctx.doc.masked;
  const m = POINTING_BACK.exec(masked.slice(next.start, Math.min(next.end, next.start + 120)));
  if (!m) return null;
  let at = next.start + m[0].length;
  // "This was the estimate of the president of the Chamber of Commerce of Santa Lucía, Alejandra Vidal, who …": a
  // role described with its field, then the person in apposition.
  const described = DESCRIBED_OWNER.test(m[0]) ? DESCRIBED.exec(masked.slice(at, Math.min(next.end, at + 120))) : null;
  if (described && isPersonNoun(described[1].toLowerCase())) at += described[0].length;
  const person = mentionsBetween(ctx.people.mentions, at, at + 1)[0] ?? titledAt(ctx, at);
  if (!person) return described ? nameInApposition(ctx, at) : null;
  // Without "the … of" (or "from"), the name is a possessive ("Kowalczyk's own estimate"), not the subject complement
  // ("That was Ana Ruiz" identifies someone in a photo, says nothing of the words).
  const possessive = /^['’]s?\s/.test(masked.slice(person.end, person.end + 3));
  return DESCRIBED_OWNER.test(m[0]) || possessive ? personSpeaker(person) : null;
}

/** A name no list knew, with particles ("Alejandra Vidal de la Fuente"), closed by a comma or the sentence's end. */
const NAME_WITH_PARTICLES = /^\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:de|da|del|la|las|los|van|von|der|den|di|du|le|y)\s+)*\p{Lu}[\p{L}’'-]+){1,4}(?=\s*[,.;]|\s+(?:who|after|at|on|in)\s)/u;

/** The name set beside a described role at `at`, when the person index did not know it as one. */
function nameInApposition(ctx: DetectorContext, at: number): Found | null {
  const m = NAME_WITH_PARTICLES.exec(ctx.doc.masked.slice(at, at + 80));
  if (!m) return null;
  const text = ctx.doc.text.slice(at, at + m[0].length);
  return { start: at, end: at + m[0].length, text, name: text };
}

/** "Kestrel mayor Joan Adebayo", "defence lawyer Ana Ruiz": a person right after up to three words of a role. */
function titledAt(ctx: DetectorContext, at: number) {
  const person = mentionsBetween(ctx.people.mentions, at + 1, at + 40)[0];
  const lead = person ? /^((?:[\p{L}’'-]+\s+){1,3})$/u.exec(ctx.doc.masked.slice(at, person.start)) : null;
  return lead && lead[1].trim().split(/\s+/).some((w) => isPersonNoun(w.toLowerCase())) ? person : undefined;
}

/** How many words open a block by pointing back at the quotation before it ("That was how", "This is what"), or 0. */
export function pointsBackAt(toks: Tok[]): number {
  if (toks.length < 4 || !POINTER_WORDS.has(toks[0].lower) || !COPULA_WORDS.has(toks[1].lower)) return 0;
  return toks[2].lower === 'how' || toks[2].lower === 'what' ? 3 : 0;
}

const POINTER_WORDS = new Set(['that', 'this', 'those', 'these', 'such']);
const COPULA_WORDS = new Set(['is', 'was', 'are', 'were']);
