// The quote-check row of `npm run bench`: 50 quotes (verbatim, edited by convention and altered, as in the
// evaluation) checked against one generated 200 KB WebVTT transcript, from the transcript's text to the last
// judgement (reading the cues, indexing the words, placing and judging every quote). Target from issue 13.
import { checkQuote } from '../../src/core/quotecheck/judge.js';
import { prepare } from '../../src/core/quotecheck/prepared.js';
import { parseSnapshotText } from '../../src/core/quotecheck/snapshot.js';
import { generateTranscript, SPEAKERS } from '../eval/transcripts.js';
import { fixed, formatTable } from '../eval/table.js';
import { timeInterleaved } from './timing.js';

export function benchQuoteCheck(): string {
  const t = generateTranscript(2026, 200 * 1024, 'vtt');
  const quotes = Array.from({ length: 50 }, (_, k) => {
    const s = t.sentences[Math.floor((k * t.sentences.length) / 50)]!;
    const text = k % 5 === 1 ? s.text.replace(/\b(\d+)\b/, (d) => String(Number(d) + 3)) : k % 5 === 2 ? s.text.split(' ').filter((_w, i) => i !== 3).join(' ') : s.text;
    return { text, speaker: SPEAKERS[s.speaker]!.name };
  });
  const run = () => {
    const read = parseSnapshotText('bench.vtt', t.file);
    if (!read.ok) throw new Error(read.message);
    // A fresh doc each run, so the word index is built every time (prepare caches per doc).
    const prep = prepare(read.doc);
    for (const q of quotes) checkQuote(prep, q.text, q.speaker);
  };
  const [timing] = timeInterleaved([run], { warmup: 3, runs: 21 });
  return formatTable(['quote check', 'transcript', 'quotes', 'runs', 'median ms', 'cpu ms', 'target'], [[
    '50 quotes vs 200 KB transcript', `${Math.round(t.file.length / 1024)} KB`, '50', String(timing!.runs),
    fixed(timing!.medianMs, 1), fixed(timing!.cpuMedianMs, 1), '≤ 100 ms',
  ]]);
}
