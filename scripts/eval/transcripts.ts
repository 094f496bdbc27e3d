// Generated transcripts for the quote-check evaluation and benchmark: seeded, so every run scores the same set.
// Sentences are built from a vocabulary with names, numbers and negations in them, spoken in turns by a few
// speakers, and written out as WebVTT, SubRip or labelled plain text (all three readers are exercised).

import { mulberry32 as rng } from '../random.js';
export { rng };

export const SPEAKERS = [
  { name: 'Fumio Kishida', label: 'KISHIDA' },
  { name: 'Hirokazu Matsuno', label: 'MATSUNO' },
  { name: 'Yoko Kamikawa', label: 'KAMIKAWA' },
  { name: 'Taro Kono', label: 'KONO' },
];
export const NAMES = ['Tanaka', 'Suzuki', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Sato', 'Ito', 'Kimura', 'Hayashi', 'Brussels', 'Seoul', 'Manila', 'Canberra'];
const SUBJECTS = ['we', 'the government', 'our ministry', 'the committee', 'my cabinet', 'the coalition', 'our partners', 'the agency', 'this country', 'the region'];
const VERBS = ['will expand', 'has reviewed', 'must protect', 'can support', 'should reform', 'is funding', 'will strengthen', 'has delayed', 'intends to review', 'plans to revise', 'will examine', 'has approved'];
const OBJECTS = ['the energy programme', 'rural hospitals', 'the coastal defences', 'small businesses', 'the pension reform', 'public broadcasting', 'the rail network', 'school lunches', 'the fisheries agreement', 'regional airports', 'the housing subsidy', 'childcare centres', 'the digital agency', 'export controls', 'the water supply'];
const TAILS = ['after talks with {N}', 'as agreed with {N} last week', 'in close cooperation with {N}', 'despite objections from {N}', 'following the report by {N}', 'together with officials in {N}'];
const AMOUNTS = ['by {D} percent', 'with {D} billion yen', 'within {D} months', 'for {D} years', 'for about {D} thousand families', 'at {D} sites'];
const OPENERS = ['Let me be clear:', 'Frankly,', 'As I said yesterday,', 'In our view,', 'Above all,', 'Once again,', ''];
const FILLERS = ['and that matters to every household', 'which is why we act now', 'and I believe people understand that', 'because the situation demands it', 'and we will report on progress', 'so that nobody is left behind'];

export interface Sentence {
  speaker: number;
  text: string;
  hasNot: boolean;
  hasNumber: boolean;
  hasName: boolean;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function sentence(r: () => number, speaker: number): Sentence {
  const negate = r() < 0.3;
  let verb = pick(r, VERBS);
  if (negate) verb = verb.replace(/^(will|has|must|can|should|is|intends to|plans to)\b/, (m) => (m.includes(' ') ? `does not ${m.replace(/s to$/, ' to')}` : `${m} not`));
  const parts = [pick(r, OPENERS), pick(r, SUBJECTS), verb, pick(r, OBJECTS)];
  const hasNumber = r() < 0.6;
  if (hasNumber) parts.push(pick(r, AMOUNTS).replace('{D}', String(2 + Math.floor(r() * 97))));
  const hasName = r() < 0.6;
  if (hasName) parts.push(pick(r, TAILS).replace('{N}', pick(r, NAMES)));
  if (r() < 0.5) parts.push(`, ${pick(r, FILLERS)}`);
  let text = parts.filter(Boolean).join(' ').replace(' ,', ',');
  text = text[0]!.toUpperCase() + text.slice(1);
  return { speaker, text: `${text}.`, hasNot: negate, hasNumber, hasName };
}

export interface Transcript {
  format: 'vtt' | 'srt' | 'txt';
  file: string;
  sentences: Sentence[];
}

/** About `bytes` of transcript: turns of 1–4 sentences, each sentence one cue. */
export function generateTranscript(seed: number, bytes: number, format: Transcript['format']): Transcript {
  const r = rng(seed);
  const sentences: Sentence[] = [];
  let size = 0;
  while (size < bytes) {
    const speaker = Math.floor(r() * SPEAKERS.length);
    const turn = 1 + Math.floor(r() * 4);
    for (let i = 0; i < turn; i++) {
      const s = sentence(r, speaker);
      sentences.push(s);
      size += s.text.length + 40;
    }
  }
  return { format, file: render(sentences, format), sentences };
}

function time(i: number, sep: string): string {
  const s = i * 4;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}${sep}000`;
}

function render(sentences: Sentence[], format: Transcript['format']): string {
  const label = (s: Sentence, i: number) => (i === 0 || sentences[i - 1]!.speaker !== s.speaker ? SPEAKERS[s.speaker]!.label : undefined);
  if (format === 'txt') {
    return sentences.map((s, i) => {
      const l = label(s, i);
      return l ? `\n${l}: ${s.text}` : s.text;
    }).join('\n');
  }
  const sep = format === 'vtt' ? '.' : ',';
  const cues = sentences.map((s, i) => {
    const l = format === 'vtt' ? `<v ${SPEAKERS[s.speaker]!.name}>` : label(s, i) ? `${label(s, i)}: ` : '';
    return `${format === 'srt' ? `${i + 1}\n` : ''}${time(i, sep)} --> ${time(i + 1, sep)}\n${l}${s.text}`;
  });
  return `${format === 'vtt' ? 'WEBVTT\n\n' : ''}${cues.join('\n\n')}\n`;
}
