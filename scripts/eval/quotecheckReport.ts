// Prints the quote-check evaluation (quotecheck.ts) against the targets of issue 13.
import { ERROR_KINDS, evaluateQuoteCheck } from './quotecheck.js';
import { fixed, formatTable } from './table.js';

const TARGETS = { errorRecall: 0.98, falseAlarms: 0.02 };

export function printQuoteCheck(): void {
  const { scores, quotes, millis } = evaluateQuoteCheck();
  process.stdout.write(`\nQuote check — ${quotes} quotes against 6 generated transcripts (WebVTT, SubRip, labelled text; 40 KB each), ${millis.toFixed(0)} ms\n`);
  process.stdout.write('Flagged: judged altered or not found, or said by another speaker. As error: flagged with severity error.\n\n');
  const rows = scores.filter((s) => !s.legit).map((s) => {
    const isError = ERROR_KINDS.includes(s.kind);
    const recall = s.flagged / s.total;
    const errorRecall = s.asError / s.total;
    return [s.kind, String(s.total), fixed(recall), isError ? fixed(errorRecall) : '—', isError ? fixed(TARGETS.errorRecall, 2) : '', isError ? (errorRecall >= TARGETS.errorRecall ? 'ok' : 'below') : ''];
  });
  process.stdout.write(formatTable(['alteration', 'quotes', 'recall', 'as error', 'target', ''], rows));
  const legit = scores.filter((s) => s.legit);
  const total = legit.reduce((n, s) => n + s.total, 0);
  const alarms = legit.reduce((n, s) => n + s.flagged, 0);
  process.stdout.write(`\n${formatTable(['legitimate quote', 'quotes', 'false alarms'], [
    ...legit.map((s) => [s.kind, String(s.total), String(s.flagged)]),
    ['all', String(total), `${alarms} (${fixed(alarms / total)}; target ≤ ${fixed(TARGETS.falseAlarms, 2)} ${alarms / total <= TARGETS.falseAlarms ? 'ok' : 'above'})`],
  ])}`);
}
