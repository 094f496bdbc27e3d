// The shapes a verb frame's parts take beyond a subject, a cue and a clause: a listener verb's own preposition
// carrying the charge ("accused the mayor of lying"), time spent telling ("spent the spring telling farmers"), a
// document described by a participle and its agent ("A memo seen by the Herald says"), an act done with a document
// ("Pryce signed a letter supporting …"), and "call" that names rather than reports.
import type { CueMatch } from './shared.js';
import * as shared from './shared.js';
import { CueLookalikes } from './cueLookalikes.js';

// Module-level copies of the shared bindings: under tsx every use of an import is a getter call.
const { DOCUMENT_SOURCES, PREPOSITIONS, SUBORDINATORS, isLowercaseAsciiWord, isTimeWord, startsCapital, startsDigit } = shared;

/** The preposition that carries what a listener verb reports ("accused him of lying", "warned voters about the
 *  cuts"): after it comes the verb's own object, not a circumstance closing a frame. */
const LISTENER_OBJECTS: Readonly<Record<string, ReadonlySet<string>>> = {
  accuse: new Set(['of']), warn: new Set(['of', 'about', 'against']), caution: new Set(['against', 'about']),
  remind: new Set(['of', 'about']), inform: new Set(['of', 'about']),
};
/** Conjunctions opening a reason, a concession or a time after a comma. */
const REASON_OR_TIME = /^(?:because|since|as|although|though|while|whereas|when|after|before|until|unless|if)$/;

export abstract class FrameShapes extends CueLookalikes {
  /** "accused the mayor of lying about the budget": the charge, with whom it is made against, to a reason or a
   *  time set off by a comma ("…, because he thought …" is a frame of its own). */
  protected chargeContent(i1: number, objectPrep: number): [number, number] {
    const { toks } = this;
    let end = this.coordinatedVerb(objectPrep + 1);
    for (let k = objectPrep + 1; k < end - 1; k++) if (toks[k].text === ',' && REASON_OR_TIME.test(toks[k + 1].lower)) end = k;
    return [i1, end];
  }

  /** The verb's own preposition after a short listener of a listener verb ("accused the mayor of", "warned voters
   *  about"), before a word; or -1. */
  protected listenerPreposition(i1: number, base: string): number {
    const preps = LISTENER_OBJECTS[base];
    if (!preps) return -1;
    const { toks } = this;
    for (let k = i1 + 1; k < Math.min(toks.length - 1, i1 + 6); k++) {
      if (!toks[k].word || isTimeWord(toks[k]) || SUBORDINATORS.has(toks[k].lower) || toks[k].lower === 'that') return -1;
      if (preps.has(toks[k].lower)) return toks[k + 1].word ? k : -1;
    }
    return -1;
  }

  /** The comma closing an "as" frame from token i1 on, past a few words of listener or circumstance; or -1. */
  protected asFrameComma(i1: number): number {
    const { toks } = this;
    for (let k = i1; k < Math.min(toks.length - 1, i1 + 9); k++) {
      if (toks[k].text === ',') return k;
      if (!toks[k].word && !/^['’]s?$/.test(toks[k].text)) return -1;
    }
    return -1;
  }

  /** A finite verb of saying within the few words of an object from i1 ("the records said"). */
  protected sayingAfterObject(i1: number): boolean {
    const { toks } = this;
    for (let k = i1 + 1; k < Math.min(toks.length, i1 + 6); k++) {
      if (!toks[k].word) return false;
      if (/^(?:said|says|told|tells|insisted|added|claimed)$/.test(toks[k].lower)) return true;
    }
    return false;
  }

  /** A source after "by" that closes a participle on a document ("A memo seen by the Herald"): the whole phrase. */
  protected withReducedRelative(span: [number, number]): [number, number] {
    const { toks } = this;
    const by = span[0] - 1;
    const part = toks[by - 1];
    if (toks[by]?.lower !== 'by' || !part?.word || !/(?:ed|en|wn)$/.test(part.lower) || !DOCUMENT_SOURCES.has(toks[by - 2]?.lower ?? '')) return span;
    const head = this.npBefore(by - 1);
    return head ? [head[0], span[1]] : span;
  }

  /** A phrase that runs over a verb under a modal or a negation and its object ("will never send a text message",
   *  "did not sign a letter"). */
  protected unsentDocument(span: [number, number]): boolean {
    const { toks } = this;
    for (let k = span[1] - 2; k > span[0]; k--) {
      if (!/^(?:a|an|the|any)$/.test(toks[k].lower)) continue;
      const before = toks[k - 2];
      return toks[k - 1].word && isLowercaseAsciiWord(toks[k - 1].text) && before !== undefined && /^(?:will|would|could|may|might|never|not|n't|cannot)$/.test(before.lower);
    }
    return false;
  }

  /** A phrase that runs over a verb and its object ("Pryce signed a letter"): the words before the verb ("Pryce"). */
  protected beforeObjectVerb(span: [number, number]): [number, number] {
    const { toks } = this;
    for (let k = span[1] - 2; k > span[0] + 1; k--) {
      if (!/^(?:a|an|the|his|her|their|its)$/.test(toks[k].lower)) continue;
      const verb = toks[k - 1];
      return verb.word && isLowercaseAsciiWord(verb.text) && verb.lower.endsWith('ed') ? [span[0], k - 1] : span;
    }
    return span;
  }

  /** Where "spent"/"spends" stands before an -ing cue at i0 across a short stretch of time ("spent last spring
   *  telling", "has spent months arguing"); -1 if not. */
  protected spentTimeBefore(i0: number): number {
    const { toks } = this;
    if (!toks[i0].lower.endsWith('ing')) return -1;
    for (let k = i0 - 1; k >= Math.max(1, i0 - 5); k--) {
      if (!toks[k].word || (PREPOSITIONS.has(toks[k].lower) && toks[k].lower !== 'of')) return -1;
      if (/^(?:spent|spend|spends|spending)$/.test(toks[k].lower)) return k < i0 - 1 ? k : -1;
    }
    return -1;
  }

  /**
   * "call" that names rather than reports: "what he called a disgrace" (the writer's framing of a phrase, which
   * PolNeAR leaves unannotated), "the scheme, called FX-9," and "a group called Northern Star" (a name), "called
   * an emergency meeting" and "called in to a show" (convening, phoning).
   */
  protected namingCall(m: CueMatch, source: [number, number] | null, sourceAfter: boolean): boolean {
    const { toks } = this;
    const t = toks[m.i0];
    if (m.i1 - m.i0 > 1) return false;
    if (source && !sourceAfter && this.tok(source[0] - 1)?.lower === 'what') return true;
    const prev = this.tok(m.i0 - 1);
    const next = toks[m.i1];
    if (t.lower === 'called' && sourceAfter) return true;
    if (t.lower === 'called' && prev?.word && isLowercaseAsciiWord(prev.text) && this.indefiniteBefore(m.i0 - 1) && next?.word && startsCapital(next.text)) return true;
    if (next?.lower === 'in' || next?.lower === 'off') return true;
    const obj = /^(a|an|the)$/.test(next?.lower ?? '') ? toks[m.i1 + 1] : null;
    const noun = obj && !/^(meeting|vote|election|session|strike|recess|halt|summit|referendum|press|news|truce|ceasefire|special|emergency|snap|timeout)$/.test(obj.lower) ? null : obj;
    return noun !== null && noun !== undefined;
  }

  /** Does "a"/"an" open the noun phrase ending at token k, past modifiers ("a 27-year-old shepherd", "a quiet, tall man")? */
  private indefiniteBefore(k: number): boolean {
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
      const t = this.toks[j];
      if (/^(a|an)$/.test(t.lower)) return true;
      if (!(t.text === '-' || t.text === ',' || startsDigit(t.text) || (t.word && /^[a-z][a-z'-]*$/.test(t.text)))) return false;
    }
    return false;
  }
}
