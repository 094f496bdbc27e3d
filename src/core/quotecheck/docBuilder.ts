// Builds a SnapshotDoc passage by passage: what was said goes into one text, each passage remembering its
// speaker, its line in the file and its timing.
import type { Passage, SnapshotDoc, SnapshotFormat } from './types.js';

export class DocBuilder {
  private text = '';
  private readonly passages: Passage[] = [];

  add(said: string, info: Omit<Passage, 'start' | 'end'>): void {
    const flat = said.replace(/\s+/g, ' ').trim();
    if (!flat) return;
    if (this.text) this.text += '\n';
    const start = this.text.length;
    this.text += flat;
    this.passages.push({ start, end: this.text.length, ...info });
  }

  build(format: SnapshotFormat): SnapshotDoc {
    return { format, text: this.text, passages: this.passages, labelled: this.passages.some((p) => p.speaker !== undefined) };
  }
}

/** "KISHIDA: …", "Fumio Kishida: …", "**Q:** …", "- ANCHOR: …", ">> KIM: …": a label of up to four capitalised
 *  words before a colon at the start of a line. */
const PREFIX_LABEL = /^\s*(?:[-–—]\s+|>>\s*)?(?:\*\*|__)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\*\*|__)?\s*:(?:\*\*|__)?(?:\s+|$)/u;
/** WebVTT voice span: `<v Kishida>` or `<v.loud Fumio Kishida>`. */
const VOICE = /<v(?:\.[\w.-]+)?\s+([^>]+)>/;

export interface Labelled {
  speaker?: string;
  said: string;
}

export function splitLabel(line: string): Labelled {
  const voice = VOICE.exec(line);
  if (voice) return { speaker: voice[1]!.trim(), said: stripTags(line.replace(VOICE, '')) };
  const prefix = PREFIX_LABEL.exec(line);
  if (prefix) return { speaker: prefix[1]!.trim(), said: line.slice(prefix[0].length) };
  return { said: line };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', quot: '"', apos: "'", lrm: '', rlm: '' };

/** Cue markup (`<i>`, `<c.x>`, `<00:01.000>`, `{\an8}`) removed and WebVTT's entities decoded. */
export function stripTags(line: string): string {
  return line
    .replace(/<[^>]*>/g, '')
    .replace(/\{\\[^}]*\}/g, '')
    .replace(/&(amp|lt|gt|nbsp|quot|apos|lrm|rlm);/g, (_, name: string) => ENTITIES[name]!);
}
