// Groups named by what their members do, in the plural and bare ("Renters say …", "first-time buyers complain …"):
// blind news kept bringing groups no list held (renters, bidders, pharmacists, caravanners), while the shape of the
// noun already says it names people by their trade or role. A bare group of them is a source nobody can check.
import { writtenAt } from '../text/writtenAt.js';

/** A plural of an agent noun: "renters", "bidders", "motorists", "librarians", "consultants", "residents", "retirees". */
const AGENT_PLURAL = /^\p{Ll}{2,}(?:ers|ors|ants|ents|ists|ians|ees)$/u;
/** Agent plurals that speak for an institution ("officers said" is the police speaking) and so are sourced. */
const INSTITUTIONAL = new Set(['officers', 'investigators', 'detectives', 'firefighters', 'paramedics', 'inspectors', 'troopers', 'deputies', 'rescuers', 'coroners', 'regulators', 'ministers', 'governors', 'presidents', 'directors', 'editors']);
/** Words that make a group definite, counted or someone's: not bare. */
const NOT_BARE = /^(?:the|these|those|this|that|our|their|his|her|its|my|your|both|all|each|every|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/iu;

/**
 * Is `source` a bare plural group of agents: at most three words, the last an agent plural, none capitalised but a
 * first word that opens the sentence and that the article never uses as a name (`usedAsName`: "Peters said" after
 * "Tom Peters")?
 */
export function isBareAgentGroup(source: string, usedAsName: (capitalised: string) => boolean): boolean {
  // An agent plural ends in "s": most sources ("he", "the ministry") are turned away before the split.
  const last = source.charCodeAt(source.trimEnd().length - 1);
  if (last !== 115 && last !== 83) return false;
  const words = source.trim().split(/\s+/u);
  if (words.length > 3) return false;
  const head = words[words.length - 1].toLowerCase();
  if (!AGENT_PLURAL.test(head) || INSTITUTIONAL.has(head) || NOT_BARE.test(words[0]) || !isAgentNoun(head.slice(0, -1))) return false;
  for (let i = 1; i < words.length; i++) if (!/^\p{Ll}[\p{Ll}-]*$/u.test(words[i])) return false;
  const first = words[0];
  if (/^\p{Ll}[\p{Ll}-]*$/u.test(first)) return true;
  return /^\p{Lu}[\p{Ll}-]+$/u.test(first) && !usedAsName(first);
}

/** Does the article write `capitalised` inside a sentence (after a word or a comma), as a name is written? */
export function usedAsNameIn(text: string, capitalised: string): boolean {
  return writtenAt(text, capitalised, NAME_BEFORE, WORD_END);
}
const NAME_BEFORE = /(?<=[\p{L}\p{N},;:’'"”)][ \t]+|[(“"‘])/uy;
const WORD_END = /\b/uy;

/** A singular agent noun: "agent", "broker", "welder", "pharmacist", "librarian", "trainee" (not "-ment" words, nor the
 *  few common words of these shapes that name no one). */
const AGENT_SINGULAR = /^\p{Ll}{2,}(?:er|or|ant|ent|ist|ian|ee)$/u;
const NOT_AGENTS = new Set(['number', 'quarter', 'winter', 'summer', 'later', 'other', 'after', 'under', 'over', 'water', 'letter', 'paper', 'order', 'matter', 'corner', 'border', 'center', 'percent', 'event', 'incident', 'accident', 'present', 'content', 'extent', 'talent', 'factor', 'sector', 'error', 'floor', 'door', 'major', 'minor', 'motor', 'color', 'colour', 'labor', 'labour', 'favor', 'favour', 'honor', 'honour', 'interior', 'exterior', 'giant', 'plant', 'grant', 'warrant', 'restaurant', 'recent', 'frequent', 'silent', 'urgent', 'different', 'independent', 'current', 'decent', 'innocent',
  // Things, not people, that take an agent's ending ("Court papers show", "the sensors recorded").
  'register', 'chapter', 'poster', 'layer', 'power', 'tower', 'cluster', 'sensor', 'computer', 'server', 'folder', 'charter', 'meter', 'barrier', 'shelter', 'container', 'trailer', 'tractor', 'reactor', 'indicator', 'calculator']);

export function isAgentNoun(word: string): boolean {
  return AGENT_SINGULAR.test(word) && !word.endsWith('ment') && !NOT_AGENTS.has(word);
}
