// "The prime minister's official spokesman said …": an office holder's spokesperson speaks for the holder's office
// when the article names it ("Downing Street", "the prime minister's office"), else for the holder (the person the
// article gave that role, or the role's words). Unseen set 12's develop half showed the first reading: a blind
// writer named such a briefing's quotes "Downing Street".
import type { DetectorContext } from '../../context.js';
import type { Span } from '../../types.js';

/** How far back (in characters) the office is looked for. */
const REACH = 6000;
const OFFICE_SPOKESPERSON = /^(?:[Tt]he\s+)?(prime\s+minister|president|premier|first\s+minister|governor|mayor|chancellor)['’]s\s+(?:[\p{Ll}-]+\s+)?(?:spokesperson|spokesman|spokeswoman)$/iu;
/** An office's other name, by its holder: the building a briefing speaks from. */
const SEAT: Readonly<Record<string, RegExp>> = {
  'prime minister': /\b(?:Downing Street|No\.? 10|Number 10)\b/gu,
  president: /\bWhite House\b/gu,
};

/** The office (or failing that the holder) an office holder's spokesperson speaks for, or null. */
export function officeSpokesperson(ctx: DetectorContext, s: Span): string | null {
  const holder = OFFICE_SPOKESPERSON.exec(s.text.trim())?.[1];
  if (!holder) return null;
  const key = holder.toLowerCase().replace(/\s+/g, ' ');
  const before = ctx.doc.text.slice(Math.max(0, s.start - REACH), s.start);
  const seat = SEAT[key] ? lastMatch(before, SEAT[key]) : null;
  if (seat) return seat;
  const office = lastMatch(before, new RegExp(String.raw`\b${key.replace(' ', String.raw`\s+`)}['’]s\s+office\b`, 'giu'));
  if (office) return office.replace(/\s+/g, ' ');
  const role = `the ${key}`;
  const person = ctx.people.resolve(role, s.start);
  return person !== role ? person : holder.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

function lastMatch(text: string, pattern: RegExp): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(pattern)) found = m[0];
  return found;
}

const SPOKESPERSON_WORD = /\bspokes(?:person|man|woman)\b/i;
const BARE_SPOKESPERSON = /^the\s+(?:spokesperson|spokesman|spokeswoman)$/i;

/**
 * "The prime minister's official spokesman said … “…,” the spokesman said.": a bare "the spokesman" that nothing else
 * named is the spokesperson last named for a body, as the quotes are met in text order. Once the article has used
 * "the spokesman" so, it keeps that referent: a person introduced later under a longer title ("The opposition
 * transport spokesman, Rhodri Evanson,") is called by name, not "the spokesman".
 */
export class SpokespersonMemory {
  private last: { name: string; end: number } | null = null;
  /** The body a bare "the spokesman" already stood for, while no other spokesperson has been noted since. */
  private bare: string | null = null;

  /** The body the last spokesperson before `s` spoke for, when `s` is a bare "the spokesman", or null. */
  recall(s: Span): string | null {
    const name = this.last && BARE_SPOKESPERSON.test(s.text.trim()) && s.start - this.last.end <= REACH ? this.last.name : null;
    if (name) this.bare = name;
    return name;
  }

  /** The body a bare "the spokesman" at `s` keeps standing for, or null. */
  kept(s: Span): string | null {
    return this.bare !== null && this.last !== null && BARE_SPOKESPERSON.test(s.text.trim()) && s.start - this.last.end <= REACH ? this.bare : null;
  }

  /** Keeps `s`'s name when `s` is a spokesperson described with the body it speaks for. */
  note(s: Span & { name: string | null }): void {
    if (s.name === null || s.name === s.text || !SPOKESPERSON_WORD.test(s.text) || BARE_SPOKESPERSON.test(s.text.trim())) return;
    if (this.bare !== s.name) this.bare = null;
    this.last = { name: s.name, end: s.end };
  }
}
