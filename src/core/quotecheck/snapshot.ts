// A snapshot file to a SnapshotDoc: decoded (decode.ts) and read by the reader for its extension.
import { decodeSnapshot, DEFAULT_SNAPSHOT_MAX_BYTES, type SnapshotProblemCode } from './decode.js';
import { readHtml } from './html.js';
import { readCues, readPlain } from './transcript.js';
import type { SnapshotDoc } from './types.js';

export const SNAPSHOT_EXTENSIONS = ['.txt', '.md', '.markdown', '.vtt', '.srt', '.html', '.htm'] as const;

export type SnapshotRead = { ok: true; doc: SnapshotDoc } | { ok: false; code: SnapshotProblemCode; message: string };

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Reads the text of a snapshot by its file name's extension. */
export function parseSnapshotText(path: string, text: string): SnapshotRead {
  switch (extensionOf(path)) {
    case '.txt': return { ok: true, doc: readPlain(text, 'text') };
    case '.md': case '.markdown': return { ok: true, doc: readPlain(text, 'markdown') };
    case '.vtt': return { ok: true, doc: readCues(text, 'webvtt') };
    case '.srt': return { ok: true, doc: readCues(text, 'subrip') };
    case '.html': case '.htm': return { ok: true, doc: readHtml(text) };
    default:
      return { ok: false, code: 'snapshot-format', message: `is not a format the quote check reads (${SNAPSHOT_EXTENSIONS.join(', ')})` };
  }
}

export function readSnapshot(path: string, bytes: Uint8Array, maxBytes = DEFAULT_SNAPSHOT_MAX_BYTES): SnapshotRead {
  const format = parseSnapshotText(path, '');
  if (!format.ok) return format;
  const decoded = decodeSnapshot(bytes, maxBytes);
  if (!decoded.ok) return decoded;
  return parseSnapshotText(path, decoded.text);
}
