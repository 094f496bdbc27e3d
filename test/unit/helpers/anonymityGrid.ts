// A generated grid of anonymous and vague sourcing (issue 12: on blind news Factmark found a third of the anonymous
// sources and half of the vague ones, because each is worded in endlessly many ways). Each short article holds one
// check-worthy claim and a source phrase put together from parts: for anonymity a determiner, a role, an affiliation,
// a reason for not naming and a position; for vagueness a quantifier, a people noun, a verb, a tense and a position,
// or an impersonal frame. The expected kind follows from docs/rules.md ("vague-source", "anonymous-source"), never
// from Factmark's output. Controls hold the same words where the rules say they hide nobody. Names and claims are
// invented. The full crossing is tens of thousands of articles: every pair of values of two dimensions is taken
// once (the other dimensions in turn), so every value meets every other.
import { CORES, capitalise, type Expected } from './sourcingGrid.js';

export interface AnonymityCell {
  /** The dimension values, as "family=anonymous frame=described det=a …". */
  id: string;
  dims: Record<string, string>;
  text: string;
  statement: string;
  expect: Expected;
  /** Why docs/rules.md leaves the cell's kind open, or null when it settles it. */
  arguable: string | null;
}

type Spelling = 'us' | 'uk';

/** Counted determiners; a role may only take the ones English gives it. */
const DETERMINERS = ['a', 'one', 'two', 'several', 'a senior', 'a well-placed', 'a longtime'] as const;
const PLURAL_DETERMINERS = new Set(['two', 'several']);
/** Role nouns, singular and plural, and the adjectives they take. */
const ROLES: Record<string, { plural: string; takes: readonly string[] }> = {
  source: { plural: 'sources', takes: ['a senior', 'a well-placed'] },
  official: { plural: 'officials', takes: ['a senior', 'a well-placed'] },
  insider: { plural: 'insiders', takes: ['a senior', 'a well-placed'] },
  aide: { plural: 'aides', takes: ['a senior', 'a longtime'] },
  person: { plural: 'people', takes: [] },
  figure: { plural: 'figures', takes: ['a senior', 'a well-placed'] },
  executive: { plural: 'executives', takes: ['a senior'] },
  employee: { plural: 'employees', takes: ['a longtime'] },
  staffer: { plural: 'staffers', takes: ['a senior', 'a longtime'] },
  diplomat: { plural: 'diplomats', takes: ['a senior', 'a longtime'] },
  adviser: { plural: 'advisers', takes: ['a senior', 'a longtime'] },
  colleague: { plural: 'colleagues', takes: ['a longtime'] },
  friend: { plural: 'friends', takes: ['a longtime'] },
  relative: { plural: 'relatives', takes: [] },
  neighbour: { plural: 'neighbours', takes: ['a longtime'] },
  'member of staff': { plural: 'members of staff', takes: ['a senior', 'a longtime'] },
};
/** Where the source stands. The first four are the rules' own anonymity markers ("sources close to the campaign",
 *  "people familiar with the talks"); the others only place the source. */
const AFFILIATIONS: Record<string, { text: (plural: boolean) => string; marks: boolean }> = {
  none: { text: () => '', marks: false },
  'close-to': { text: () => 'close to the mayor', marks: true },
  'familiar-with': { text: () => 'familiar with the talks', marks: true },
  'knowledge-of': { text: () => 'with knowledge of the plans', marks: true },
  'briefed-on': { text: () => 'briefed on the matter', marks: true },
  'at-ministry': { text: () => 'at the ministry', marks: false },
  'in-department': { text: () => 'in the department', marks: false },
  'inside-company': { text: () => 'inside the company', marks: false },
  'in-the-room': { text: (p) => (p ? 'who were in the room' : 'who was in the room'), marks: false },
};
/** Why the source is not named: each one makes whatever described source it follows anonymous. */
const REASONS: Record<string, (plural: boolean) => string> = {
  none: () => '',
  'asked-not-identified': () => 'who asked not to be identified',
  'declined-named': () => 'who declined to be named',
  'not-want-named': () => 'who did not want to be named',
  'not-authorised': (p) => `who ${p ? 'were' : 'was'} not authorised to speak publicly`,
  'not-authorised-because': () => 'speaking anonymously because they were not authorised to discuss the talks',
  'speaking-privately': () => 'speaking privately',
  'off-the-record': () => 'speaking off the record',
  'on-background': () => 'speaking on background',
  'fear-of-reprisals': () => 'who declined to give their name for fear of reprisals',
  'requested-anonymity': () => 'who requested anonymity to discuss internal matters',
};
const POSITIONS = ['before', 'after', 'inverted', 'according-to'] as const;

/** Vague groups: a quantifier (or none) × a people noun × a verb × tense × position. */
const QUANTIFIERS = ['', 'some', 'many', 'several', 'a number of', 'a growing number of', 'most', 'countless', 'plenty of', 'a chorus of'];
const GROUP_NOUNS = ['critics', 'observers', 'residents', 'experts', 'economists', 'analysts', 'scientists', 'campaigners', 'parents', 'fans', 'commentators', 'insiders', 'locals', 'voters', 'members', 'officials'];
const GROUP_VERBS: Record<string, string> = {
  say: 'said', believe: 'believed', argue: 'argued', warn: 'warned', fear: 'feared', claim: 'claimed', suggest: 'suggested',
  'point out': 'pointed out', worry: 'worried', complain: 'complained', insist: 'insisted', expect: 'expected',
};
const TENSES = ['present', 'past'] as const;
const VAGUE_POSITIONS = ['before', 'after'] as const;

/** Impersonal sources: the frame before the claim, and where English allows one, after it ("C, it is understood."). */
const IMPERSONAL: Record<string, { before: string; after?: string }> = {
  'it-is-said': { before: 'It is said that', after: 'it is said' },
  'it-is-thought': { before: 'It is thought that', after: 'it is thought' },
  'it-is-believed': { before: 'It is believed that', after: 'it is believed' },
  'it-is-understood': { before: 'It is understood that', after: 'it is understood' },
  'it-is-reported': { before: 'It is reported that', after: 'it is reported' },
  'it-is-alleged': { before: 'It is alleged that', after: 'it is alleged' },
  'it-is-feared': { before: 'It is feared that' },
  'it-has-emerged': { before: 'It has emerged that' },
  'word-is': { before: 'Word is that' },
  'there-are-concerns': { before: 'There are concerns that' },
  'there-are-fears': { before: 'There are fears that' },
  'there-are-suggestions': { before: 'There are suggestions that' },
  'according-to-reports': { before: 'According to reports,', after: 'according to reports' },
  'reports-suggest': { before: 'Reports suggest', after: 'reports suggest' },
  'research-shows': { before: 'Research shows', after: 'research shows' },
  'studies-suggest': { before: 'Studies suggest', after: 'studies suggest' },
  'evidence-suggests': { before: 'Evidence suggests', after: 'evidence suggests' },
};

/** Claims about one subject for the generality passives ("X is widely seen as …", "X is said to …"). */
const SUBJECT_CLAIMS: readonly { subject: string; seenAs: string; saidTo: string }[] = [
  { subject: 'The Tarn plant', seenAs: 'the least efficient of the company\'s 14 sites', saidTo: 'have lost $4.1 million in 2023' },
  { subject: 'The harbour programme', seenAs: 'the costliest public works project in the county since 1998', saidTo: 'cost twice as much as the 2019 estimate' },
  { subject: 'The new bus depot', seenAs: 'the main cause of the council\'s £3.2 million overspend', saidTo: 'be a year behind its 2024 schedule' },
];

const NAMES = ['Ana Ruiz', 'Kofi Mensah', 'Siobhán Ní Bhriain', 'Pieter Holm'];

function clauseOf(n: number): { c: string; spelling: Spelling } {
  const spelling: Spelling = n % 2 ? 'uk' : 'us';
  return { c: CORES[n % CORES.length].clause[spelling], spelling };
}

/** "X said C." / "C, X said." / "C, said X." / "According to X, C." with X's trailing clause set off by commas. */
function place(position: (typeof POSITIONS)[number], x: string, aside: string, c: string, verb = 'said'): { text: string; statement: string } {
  const set = aside ? `, ${aside},` : '';
  switch (position) {
    case 'before': return { text: `${capitalise(x)}${set} ${verb} ${c}.`, statement: c };
    case 'after': return { text: `${capitalise(c)}, ${x} ${verb}${aside ? `, ${aside}` : ''}.`, statement: capitalise(c) };
    case 'inverted': return { text: `${capitalise(c)}, ${verb} ${x}${aside ? `, ${aside}` : ''}.`, statement: capitalise(c) };
    case 'according-to': return { text: `According to ${x}${set || ','} ${c}.`, statement: c };
  }
}

function cell(dims: Record<string, string>, written: { text: string; statement: string }, expect: Expected, arguable: string | null = null): AnonymityCell {
  const id = Object.entries(dims).map(([d, v]) => `${d}=${v}`).join(' ');
  return { id, dims, text: `${written.text}\n`, statement: written.statement, expect, arguable };
}

/** One described source, or null where English has no such phrase. */
function described(det: string, role: string, aff: string, reason: string, position: (typeof POSITIONS)[number], n: number): AnonymityCell | null {
  const r = ROLES[role];
  if (det.includes(' ') && det !== 'a' && !r.takes.includes(det)) return null;
  const plural = PLURAL_DETERMINERS.has(det);
  const a = AFFILIATIONS[aff];
  // Two relative clauses in a row read as one source described twice; the grid keeps one.
  if (aff === 'in-the-room' && REASONS[reason](plural).startsWith('who')) return null;
  const head = plural ? r.plural : role;
  const article = det === 'a' && /^[aeiou]/.test(head) ? 'an' : det.startsWith('a ') && /^[aeiou]/.test(det.slice(2)) ? `an${det.slice(1)}` : det;
  const x = [article, head, a.text(plural)].filter(Boolean).join(' ');
  const { c } = clauseOf(n);
  const dims = { family: 'anonymous', frame: 'described', det, role, aff, reason, position };
  const expectAnonymous = reason !== 'none' || role === 'source' || role === 'insider' || a.marks;
  const why = expectAnonymous ? null : 'a described source with no reason given and no mark of anonymity ("an aide at the ministry said"): deliberately unnamed to one reading, an unnamed passer-by to another';
  return cell(dims, place(position, x, REASONS[reason](plural), c), 'anonymous', why);
}

/**
 * Every pair of values of two dimensions, the other dimensions' values taken in turn: `make` builds a cell from the
 * values picked, or null when they do not make English, and then up to `tries` other picks are tried for the pair.
 */
function pairwise(dims: readonly (readonly string[])[], tries: number, make: (pick: string[], turn: number) => AnonymityCell | null): AnonymityCell[] {
  const out: AnonymityCell[] = [];
  let turn = 0;
  for (let i = 0; i < dims.length; i++) {
    for (let j = i + 1; j < dims.length; j++) {
      for (const vi of dims[i]) {
        for (const vj of dims[j]) {
          for (let t = 0; t < tries; t++) {
            const pick = dims.map((values, k) => (k === i ? vi : k === j ? vj : values[(turn + t * (k + 1) + k * 3) % values.length]));
            const c = make(pick, turn);
            if (c) {
              out.push(c);
              break;
            }
          }
          turn++;
        }
      }
    }
  }
  return out;
}

/** The anonymous cells: every pair of values of two dimensions, the others in turn; then the bare forms. */
function anonymousCells(): AnonymityCell[] {
  // A few tries per pair to find a combination that is English.
  const out = pairwise([DETERMINERS, Object.keys(ROLES), Object.keys(AFFILIATIONS), Object.keys(REASONS), POSITIONS], 8, (pick, turn) =>
    described(pick[0], pick[1], pick[2], pick[3], pick[4] as (typeof POSITIONS)[number], turn));
  const bare: [string, (c: string) => string][] = [
    ['sources-said', (c) => `Sources said ${c}.`],
    ['sources-said-after', (c) => `${capitalise(c)}, sources said.`],
    ['source-told', (c) => `A source told the Tarn Valley Gazette ${c}.`],
    ['source-told-after', (c) => `${capitalise(c)}, a source told the Tarn Valley Gazette.`],
    ['according-to-sources', (c) => `According to sources, ${c}.`],
    ['one-source-said', (c) => `One source said ${c}.`],
  ];
  bare.forEach(([name, write], k) => CORES.forEach((_, n) => {
    const { c } = clauseOf(n + k);
    const text = write(c);
    out.push(cell({ family: 'anonymous', frame: `bare:${name}`, core: String(n) }, { text, statement: text.includes(c) ? c : capitalise(c) }, 'anonymous'));
  }));
  return out;
}

/** The same descriptions with a name in them: a sourced statement, not an anonymous one ("according to" a named
 *  person is a citation, docs/rules.md). */
function namedControls(): AnonymityCell[] {
  const out: AnonymityCell[] = [];
  const descriptions = ['an aide to the mayor', 'a senior official at the ministry', 'a longtime colleague in the department', 'an executive inside the company', 'a diplomat familiar with the talks'];
  let n = 0;
  for (const d of descriptions) {
    for (const position of POSITIONS) {
      const name = NAMES[n % NAMES.length];
      const { c } = clauseOf(n);
      for (const [order, x] of [['name-first', `${name}, ${d}`], ['description-first', `${d}, ${name}`]]) {
        const written = position === 'before' ? { text: `${capitalise(x)}, said ${c}.`, statement: c }
          : position === 'after' ? { text: `${capitalise(c)}, ${x}, said.`, statement: capitalise(c) }
            : position === 'inverted' ? { text: `${capitalise(c)}, said ${x}.`, statement: capitalise(c) }
              : { text: `According to ${x}, ${c}.`, statement: c };
        // "an aide to the mayor, Pieter Holm": the name may be the aide's or the mayor's.
        const why = order === 'description-first' && /\b(?:to|of) the \w+$/.test(d) ? 'a name after a description ending in a person ("an aide to the mayor, Pieter Holm") may name either' : null;
        out.push(cell({ family: 'control', frame: `named:${order}`, position, core: String(n) }, written, 'sourced', why));
      }
      n++;
    }
  }
  return out;
}

function groupPhrase(q: string, noun: string): string {
  return q ? `${q} ${noun}` : noun;
}

/** The vague group cells: every pair of values of two dimensions, the others in turn. */
function groupCells(): AnonymityCell[] {
  return pairwise([QUANTIFIERS, GROUP_NOUNS, Object.keys(GROUP_VERBS), TENSES, VAGUE_POSITIONS], 1, ([q, noun, base, tense, position], turn) => {
    const verb = tense === 'past' ? GROUP_VERBS[base] : base;
    const { c } = clauseOf(turn);
    const g = groupPhrase(q, noun);
    const written = position === 'before'
      ? { text: `${capitalise(g)} ${verb} that ${c}.`, statement: c }
      : { text: `${capitalise(c)}, ${g} ${verb}.`, statement: capitalise(c) };
    const dimsOut = { family: 'vague', frame: 'group', quant: q || 'bare', noun, verb: base, tense, position };
    // "Insiders said": docs/rules.md lists "an insider at the ministry" as anonymous and bare plural groups as
    // vague (the sourcing grid leaves "Insiders claim C" out for the same reason).
    const why = noun === 'insiders' ? 'a group of insiders is a vague group to one reading and an anonymous source (as "an insider at the ministry") to another' : null;
    return cell(dimsOut, written, 'vague', why);
  });
}

/** Impersonal frames, and the generality passives on a subject of their own. */
function impersonalCells(): AnonymityCell[] {
  const out: AnonymityCell[] = [];
  let n = 0;
  for (const [name, f] of Object.entries(IMPERSONAL)) {
    for (let k = 0; k < 4; k++, n++) {
      const { c } = clauseOf(n);
      out.push(cell({ family: 'vague', frame: `impersonal:${name}`, position: 'before', core: String(n % CORES.length) }, { text: `${f.before} ${c}.`, statement: c }, 'vague'));
      if (f.after) out.push(cell({ family: 'vague', frame: `impersonal:${name}`, position: 'after', core: String(n % CORES.length) }, { text: `${capitalise(c)}, ${f.after}.`, statement: capitalise(c) }, 'vague'));
    }
  }
  for (const s of SUBJECT_CLAIMS) {
    out.push(cell({ family: 'vague', frame: 'generality:widely-seen-as', position: 'before' }, { text: `${s.subject} is widely seen as ${s.seenAs}.`, statement: s.seenAs }, 'vague'));
    out.push(cell({ family: 'vague', frame: 'generality:said-to', position: 'before' }, { text: `${s.subject} is said to ${s.saidTo}.`, statement: s.saidTo }, 'vague'));
  }
  return out;
}

/** Controls with vague words that hide nobody: a named group, a group pointed at earlier, a named speaker's quote. */
function vagueControls(): AnonymityCell[] {
  const out: AnonymityCell[] = [];
  CORES.forEach((_, n) => {
    const { c } = clauseOf(n);
    const verb = ['says', 'said', 'warned', 'believes'][n % 4];
    out.push(cell({ family: 'control', frame: 'named-group', core: String(n) }, { text: `The Hartley Residents' Association ${verb} that ${c}.`, statement: c }, 'attributed'));
    const group = ['analysts', 'economists', 'residents', 'scientists'][n % 4];
    out.push(cell({ family: 'control', frame: 'pointed-group', core: String(n) }, { text: `Three ${group} from the Hartley Institute reviewed the accounts this spring. The three ${group} ${['say', 'said', 'warned', 'believe'][n % 4]} that ${c}.`, statement: c }, 'attributed'));
    const q = QUANTIFIERS[1 + (n % 3)];
    const noun = GROUP_NOUNS[n % 8];
    const name = NAMES[n % NAMES.length];
    const quoted = `${capitalise(q)} ${noun} say ${c}`;
    out.push(cell({ family: 'control', frame: 'quoted-speaker', core: String(n) }, { text: `“${quoted},” said ${name}, the county treasurer.`, statement: quoted }, 'attributed'));
  });
  return out;
}

/** The whole grid, in a fixed order. */
export function anonymityGrid(): AnonymityCell[] {
  return [...anonymousCells(), ...namedControls(), ...groupCells(), ...impersonalCells(), ...vagueControls()];
}
