// "Ruiz said she would build a depot and make the county pay its share", "Ruiz says the firm had a $4 million loan and
// took another", "Ruiz has said she backs a $12 wage but backs towns that go higher": a verb after "and" or "but" that agrees
// in form with the reported clause's verb, and not with the frame's, goes on with what was reported; one that agrees
// with the frame's is a second act of the speaker ("said the plan would fail and urged voters to reject it").
import type { Token } from './shared.js';
import { MODALS, SUBJECT_PRONOUNS } from './shared.js';
import { FINITE_AFTER_SUBJECT, IRREGULAR_PAST } from '../../lexicon/speakerWords.js';

type Form = 'bare' | 'present' | 'past';

const PRESENT_AUX = new Set(['is', 'are', 'has', 'have', 'does', 'do', 'am']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
/** Verbs whose past is their bare form ("hit out", "put", "cut"): their form says nothing. */
const SAME_PAST = new Set(['hit', 'put', 'set', 'cut', 'bet', 'let', 'cost', 'hurt', 'quit', 'spread', 'shut', 'read', 'forecast', 'beat']);

/** The form of a finite verb or auxiliary, or null when the word is none. */
function formOf(lower: string): Form | null {
  // "he'd build", "they'll pay": a contracted modal after its subject.
  if (MODALS.has(lower) || /\p{L}['’](?:d|ll)$/u.test(lower)) return 'bare';
  if (PRESENT_AUX.has(lower)) return 'present';
  if (PAST_AUX.has(lower) || IRREGULAR_PAST.has(lower) || (FINITE_AFTER_SUBJECT.has(lower) && !lower.endsWith('s')) || /^\p{Ll}{3,}ed$/u.test(lower)) return 'past';
  return null;
}

/** The form of a coordinated verb: past as above, present in -s, bare otherwise; null when its past is its bare form. */
function coordinatedForm(lower: string): Form | null {
  if (SAME_PAST.has(lower)) return null;
  const form = formOf(lower);
  if (form) return form;
  return lower.endsWith('s') && !lower.endsWith('ss') ? 'present' : 'bare';
}

/** The form of the first verb of the reported clause in toks[from, to): an auxiliary, a modal, a past, or a verb in -s
 *  right after a subject pronoun ("she supports"). */
function clauseForm(toks: readonly Token[], from: number, to: number): Form | null {
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (!t.word) continue;
    const form = formOf(t.lower);
    if (form) return form;
    if (k > from && SUBJECT_PRONOUNS.has(toks[k - 1].lower) && t.lower.endsWith('s') && !t.lower.endsWith('ss')) return 'present';
  }
  return null;
}

/** Does the verb at toks[j] (after "and" or "but" at k) go on with the clause reported from `from`, whose frame's cue
 *  is toks[cue]? */
export function continuesReported(toks: readonly Token[], cue: number, from: number, k: number, j: number): boolean {
  const frame = cue >= 0 ? formOf(toks[cue].lower) ?? coordinatedForm(toks[cue].lower) : null;
  const reported = clauseForm(toks, from, k);
  const verb = coordinatedForm(toks[j].lower);
  return reported !== null && frame !== null && verb !== null && verb === reported && verb !== frame;
}
