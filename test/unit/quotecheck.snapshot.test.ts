// Snapshot readers and bad snapshots: every format read to passages with speakers and lines; every unusable file
// a clear problem at its source in the facts file, and nothing written.
import assert from 'node:assert/strict';
import { readSnapshot, parseSnapshotText } from '../../src/core/quotecheck/snapshot.js';
import { loadSnapshots, snapshotProblems } from '../../src/core/quotecheck/load.js';
import { resolveSnapshotPath } from '../../src/core/quotecheck/paths.js';
import type { FactsFs } from '../../src/core/facts/fsTypes.js';
import type { FactsFile } from '../../src/core/facts/types.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function doc(path: string, text: string) {
  const r = parseSnapshotText(path, text);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.doc;
}

describe('quote check: snapshot readers', () => {
  it('reads WebVTT voice tags, inherits the speaker of unlabelled cues and keeps cue lines and times', () => {
    const d = doc('a.vtt', 'WEBVTT\n\nNOTE a comment\n\n1\n00:00:01.000 --> 00:00:02.000\n<v.loud Fumio Kishida>We will <i>not</i> give up.</v>\n\n00:00:02.000 --> 00:00:03.000\nNever &amp; ever.\n\n00:00:03.000 --> 00:00:04.000\n<v Moderator>Thank you.\n');
    assert.deepEqual(d.passages.map((p) => [d.text.slice(p.start, p.end), p.speaker, p.line, p.time]), [
      ['We will not give up.', 'Fumio Kishida', 7, '00:00:01.000'],
      ['Never & ever.', 'Fumio Kishida', 10, '00:00:02.000'],
      ['Thank you.', 'Moderator', 13, '00:00:03.000'],
    ]);
    assert.equal(d.labelled, true);
  });

  it('reads SubRip with label prefixes, two voices in one cue and formatting tags', () => {
    const d = doc('a.srt', '1\n00:00:01,000 --> 00:00:02,000\nKISHIDA: Good {\\an8}morning.\n\n2\n00:00:02,000 --> 00:00:04,000\n- MODERATOR: Your question?\n- REPORTER: <b>Yes</b>, one.\n');
    assert.deepEqual(d.passages.map((p) => [d.text.slice(p.start, p.end), p.speaker]), [
      ['Good morning.', 'KISHIDA'], ['Your question?', 'MODERATOR'], ['Yes, one.', 'REPORTER'],
    ]);
  });

  it('reads labelled plain text and Markdown turns; a single "Note:" line is not a speaker', () => {
    const d = doc('a.md', '**KISHIDA:** First point.\nStill him.\n\nMATSUNO: Second.\n');
    assert.deepEqual(d.passages.map((p) => [d.text.slice(p.start, p.end), p.speaker, p.line]), [
      ['First point.', 'KISHIDA', 1], ['Still him.', 'KISHIDA', 2], ['Second.', 'MATSUNO', 4],
    ]);
    const plain = doc('a.txt', 'Note: this is a document.\nIt has no speakers.\n');
    assert.equal(plain.labelled, false);
    assert.equal(plain.text, 'Note: this is a document.\nIt has no speakers.');
  });

  it('reads HTML with a real parser: text only, scripts and styles dropped, labelled paragraphs as turns', () => {
    const d = doc('a.html', '<html><head><style>p{}</style><script>alert("x")</script></head><body><p><b>KISHIDA:</b> We will &lt;act&gt;.</p><p>MODERATOR: Thanks.</p></body></html>');
    assert.deepEqual(d.passages.map((p) => [d.text.slice(p.start, p.end), p.speaker]), [['We will <act>.', 'KISHIDA'], ['Thanks.', 'MODERATOR']]);
    assert.ok(!d.text.includes('alert'));
  });

  it('rejects binary, UTF-16, Latin-1, oversized and unknown formats with a reason', () => {
    const bad = (path: string, bytes: Uint8Array, max?: number) => {
      const r = readSnapshot(path, bytes, max);
      assert.equal(r.ok, false);
      return r.ok ? undefined : r;
    };
    assert.equal(bad('a.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))!.code, 'snapshot-binary');
    assert.equal(bad('a.txt', new Uint8Array([0xff, 0xfe, 0x41, 0]))!.code, 'snapshot-encoding');
    const latin1 = bad('a.txt', new Uint8Array([0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]))!;
    assert.equal(latin1.code, 'snapshot-encoding');
    assert.match(latin1.message, /line 2, column 4/);
    assert.equal(bad('a.txt', utf8('x'.repeat(2000)), 1000)!.code, 'snapshot-too-large');
    assert.equal(bad('a.pdf', utf8('%PDF'))!.code, 'snapshot-format');
  });
});

describe('quote check: loading snapshots through the facts file system', () => {
  const file = (snapshot: string): FactsFile => ({ version: 1, sources: [{ id: 's1', snapshot }], facts: [] });

  function memoryFs(files: Record<string, Uint8Array>, sizes: Record<string, number> = {}) {
    const reads: string[] = [];
    const writes: string[] = [];
    const fs: FactsFs = {
      async readFile(p) { reads.push(p); return files[p]; },
      async writeFile(p) { writes.push(p); },
      async rename(p) { writes.push(p); },
      async stat(p) { return files[p] ? { readonly: false, symlink: false, size: sizes[p] ?? files[p]!.length } : undefined; },
    };
    return { fs, reads, writes };
  }

  it('resolves snapshot paths against the facts file, for paths and URIs, and refuses absolute ones', () => {
    assert.equal(resolveSnapshotPath('news/a.facts.json', 't/x.vtt'), 'news/t/x.vtt');
    assert.equal(resolveSnapshotPath('news/a.facts.json', '../x.vtt'), 'x.vtt');
    assert.equal(resolveSnapshotPath('/w/news/a.facts.json', '../t/./x.vtt'), '/w/t/x.vtt');
    assert.equal(resolveSnapshotPath('vscode-vfs://github/o/r/a.facts.json', 'x.srt'), 'vscode-vfs://github/o/r/x.srt');
    assert.equal(resolveSnapshotPath('a.facts.json', '/etc/passwd'), undefined);
    assert.equal(resolveSnapshotPath('a.facts.json', 'https://example.org/x.txt'), undefined);
  });

  it('reports a missing, oversized (unread) or undecodable snapshot at its source and writes nothing', async () => {
    const { fs, reads, writes } = memoryFs({ 'd/big.txt': utf8('x'), 'd/latin.txt': new Uint8Array([0xe9]) }, { 'd/big.txt': 6 * 1024 * 1024 });
    const loaded = [
      ...(await loadSnapshots(fs, 'd/a.facts.json', file('gone.vtt'))),
      ...(await loadSnapshots(fs, 'd/a.facts.json', file('big.txt'))),
      ...(await loadSnapshots(fs, 'd/a.facts.json', file('latin.txt'))),
    ];
    assert.deepEqual(loaded.map((l) => (l.read.ok ? 'ok' : l.read.code)), ['snapshot-missing', 'snapshot-too-large', 'snapshot-encoding']);
    assert.ok(!reads.includes('d/big.txt'), 'an oversized snapshot is not read');
    assert.deepEqual(writes, []);
    const problems = snapshotProblems(loaded, { sources: { s1: { offset: 40, length: 10, line: 3, column: 5 } } });
    assert.equal(problems.length, 3);
    assert.deepEqual([problems[0]!.line, problems[0]!.column, problems[0]!.severity, problems[0]!.sourceId], [3, 5, 'error', 's1']);
    assert.match(problems[0]!.message, /Snapshot "gone\.vtt" of source "s1" does not exist/);
  });

  it('reports a file system error as unreadable', async () => {
    const fs: FactsFs = { readFile: () => Promise.reject(new Error('EACCES: permission denied')), writeFile: async () => {}, rename: async () => {} };
    const [l] = await loadSnapshots(fs, 'a.facts.json', file('x.txt'));
    assert.equal(l!.read.ok ? 'ok' : l!.read.code, 'snapshot-unreadable');
  });
});
