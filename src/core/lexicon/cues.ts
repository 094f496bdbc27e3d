// Attribution cue verbs (PARC / PolNeAR style), by kind. Inflected forms are generated in `cueForms`.
import type { CueKind } from '../types.js';

/** Base forms. Speech: reporting what someone said. */
export const SPEECH_VERBS = [
  'say', 'tell', 'state', 'stress', 'add', 'explain', 'express', 'declare', 'announce', 'insist', 'argue', 'claim',
  'contend', 'assert', 'maintain', 'note', 'observe', 'remark', 'comment', 'reply', 'respond', 'answer', 'ask',
  'warn', 'caution', 'urge', 'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'reiterate', 'repeat',
  'restate', 'echo', 'emphasise', 'emphasize', 'underscore', 'point out', 'suggest', 'predict', 'promise',
  'pledge', 'vow', 'threaten', 'recall', 'describe', 'call', 'characterize', 'characterise', 'accuse', 'allege',
  'charge', 'complain', 'criticize', 'criticise', 'praise', 'boast', 'brag', 'joke', 'quip', 'shout', 'yell',
  'whisper', 'mutter', 'testify', 'disclose', 'reveal', 'report', 'estimate', 'predict', 'forecast', 'conclude',
  'agree', 'disagree', 'dispute', 'counter', 'rebut', 'retort', 'recount', 'tweet', 'post', 'inform', 'advise',
  'concur', 'hint', 'indicate', 'signal', 'mention', 'continue', 'elaborate', 'clarify', 'predict', 'propose',
  'recommend', 'demand', 'question', 'wonder', 'speculate', 'assure', 'reassure', 'counsel',
];

/** Writing: written statements and publications. */
export const WRITING_VERBS = ['write', 'publish', 'print', 'email', 'text', 'blog', 'document', 'cite', 'quote'];

/** Cognition: beliefs, knowledge, perception attributed to a source. */
export const COGNITION_VERBS = [
  'believe', 'think', 'feel', 'fear', 'hope', 'expect', 'know', 'doubt', 'suspect', 'assume', 'worry', 'consider',
  'understand', 'learn', 'find', 'realize', 'realise', 'recognize', 'recognise', 'want', 'wish', 'see', 'view',
  'regard', 'anticipate', 'estimate', 'calculate', 'determine', 'decide', 'judge', 'reckon', 'figure', 'guess',
];

/** Multi-word and prepositional cues that introduce a source rather than follow one. */
export const ACCORDING_TO_CUES = [
  'according to', 'as reported by', 'as stated by', 'in the words of', 'citing', 'per', 'as quoted by', 'in a statement',
  'in an interview with', 'in an interview',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  know: ['knows', 'knew', 'known', 'knowing'],
  find: ['finds', 'found', 'finding'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
  understand: ['understands', 'understood', 'understanding'],
  print: ['prints', 'printed', 'printing'],
  text: ['texts', 'texted', 'texting'],
  forecast: ['forecasts', 'forecast', 'forecasted', 'forecasting'],
  counsel: ['counsels', 'counseled', 'counselled', 'counseling'],
};

/** All inflections of a base verb ("stress" → stress, stresses, stressed, stressing). Phrasal verbs inflect the head. */
export function inflect(base: string): string[] {
  const [head, ...rest] = base.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const forms = IRREGULAR[head] ?? regularForms(head);
  return [head, ...forms].map((f) => f + tail);
}

function regularForms(v: string): string[] {
  if (v.endsWith('e')) return [v + 's', v + 'd', v.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(v)) return [v.slice(0, -1) + 'ies', v.slice(0, -1) + 'ied', v + 'ing'];
  if (/(s|sh|ch|x|z)$/.test(v)) return [v + 'es', v + 'ed', v + 'ing'];
  if (/^(admit|regret|commit|omit|refer|prefer|concur|plan|stop|quip|chat)$/.test(v)) {
    const d = v + v[v.length - 1];
    return [v + 's', d + 'ed', d + 'ing'];
  }
  return [v + 's', v + 'ed', v + 'ing'];
}

/** Inflected form → cue kind, for every built-in verb plus any extra verbs from settings (treated as speech). */
export function cueForms(extra: readonly string[] = []): Map<string, CueKind> {
  const map = new Map<string, CueKind>();
  const add = (verbs: readonly string[], kind: CueKind) => {
    for (const v of verbs) for (const f of inflect(v)) if (!map.has(f)) map.set(f, kind);
  };
  add(SPEECH_VERBS, 'speech');
  add(WRITING_VERBS, 'writing');
  add(COGNITION_VERBS, 'cognition');
  for (const e of extra) {
    const form = e.toLowerCase().trim();
    if (!form) continue;
    // An extra verb given inflected ("quipped") is taken as is; a base form is inflected.
    for (const f of /(ed|s)$/.test(form) ? [form] : inflect(form)) if (!map.has(f)) map.set(f, 'speech');
  }
  return map;
}
