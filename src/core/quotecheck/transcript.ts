// Readers for transcripts and plain documents. Plain text and Markdown: one passage per line, a speaker label
// ("KISHIDA:") starting a speaker's turn that lasts until the next label; a file with a single label-like line
// ("Note: …") is taken as an unlabelled document. WebVTT and SubRip: one passage per cue, the speaker from a voice
// tag (`<v Kishida>`) or a label prefix, a cue without one continuing the previous speaker's turn.
import { DocBuilder, splitLabel, stripTags } from './docBuilder.js';
import type { SnapshotDoc } from './types.js';

export function readPlain(text: string, format: 'text' | 'markdown'): SnapshotDoc {
  const lines = text.split(/\r\n?|\n/);
  const labels = lines.filter((l) => splitLabel(l).speaker !== undefined).length;
  const builder = new DocBuilder();
  let speaker: string | undefined;
  lines.forEach((line, i) => {
    const split = labels >= 2 ? splitLabel(line) : { said: line };
    if (split.speaker !== undefined) speaker = split.speaker;
    builder.add(split.said, { line: i + 1, ...(speaker === undefined ? {} : { speaker }) });
  });
  return builder.build(format);
}

interface Cue {
  line: number;
  time: string;
  payload: { line: number; text: string }[];
}

/** Blocks separated by blank lines; a block with a "-->" timing line is a cue (WebVTT and SubRip alike). */
function cues(text: string): Cue[] {
  const out: Cue[] = [];
  let current: Cue | undefined;
  text.split(/\r\n?|\n/).forEach((line, i) => {
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    if (!current && line.includes('-->')) {
      current = { line: i + 1, time: line.split('-->')[0]!.trim(), payload: [] };
      out.push(current);
      return;
    }
    if (current) current.payload.push({ line: i + 1, text: line });
  });
  return out;
}

export function readCues(text: string, format: 'webvtt' | 'subrip'): SnapshotDoc {
  const builder = new DocBuilder();
  let speaker: string | undefined;
  for (const cue of cues(text)) {
    let said = '';
    for (const line of cue.payload) {
      const split = splitLabel(line.text);
      if (split.speaker !== undefined) {
        // A new voice inside one cue ("- A: … / - B: …") starts its own passage.
        if (said) builder.add(said, passageInfo(cue, speaker));
        said = '';
        speaker = split.speaker;
      }
      said += ` ${stripTags(split.said)}`;
    }
    builder.add(said, passageInfo(cue, speaker));
  }
  return builder.build(format);
}

function passageInfo(cue: Cue, speaker: string | undefined) {
  return { line: cue.payload[0]?.line ?? cue.line, time: cue.time, ...(speaker === undefined ? {} : { speaker }) };
}
