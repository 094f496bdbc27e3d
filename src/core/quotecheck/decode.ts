// Bytes of a snapshot file to text, or a reason why not. A snapshot is evidence: a file that is not clearly UTF-8
// text (binary, another encoding, over the size limit) is reported rather than guessed at, since a quote checked
// against mis-decoded text would be judged wrongly.

export const DEFAULT_SNAPSHOT_MAX_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; code: SnapshotProblemCode; message: string };
export type SnapshotProblemCode = 'snapshot-missing' | 'snapshot-unreadable' | 'snapshot-binary' | 'snapshot-too-large' | 'snapshot-encoding' | 'snapshot-format';

export function tooLarge(size: number, maxBytes: number): Decoded {
  return { ok: false, code: 'snapshot-too-large', message: `is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit (setting factmark.quoteCheck.maxSnapshotSize); it was not read` };
}

export function decodeSnapshot(bytes: Uint8Array, maxBytes = DEFAULT_SNAPSHOT_MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, code: 'snapshot-encoding', message: 'is UTF-16; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, code: 'snapshot-binary', message: `is not text (a zero byte at byte ${nul + 1})` };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    const at = firstBadByte(bytes);
    return { ok: false, code: 'snapshot-encoding', message: `is not UTF-8 (the first bad byte is at line ${at.line}, column ${at.column}); save it as UTF-8` };
  }
}

function firstBadByte(bytes: Uint8Array): { line: number; column: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (bytes[i]! < 0x80) continue;
    const len = bytes[i]! >= 0xf0 ? 4 : bytes[i]! >= 0xe0 ? 3 : 2;
    try {
      decoder.decode(bytes.subarray(i, i + len));
      i += len - 1;
    } catch {
      return { line, column: i - lineStart + 1 };
    }
  }
  return { line, column: 1 };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
