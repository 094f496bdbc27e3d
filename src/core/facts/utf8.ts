// Strict UTF-8 for facts files. A file saved in Latin-1 or Windows-1252 must be reported, not read with U+FFFD in
// place of each bad byte and then written back that way: the replacement would silently lose the original
// characters. So decoding is fatal, and the first invalid byte is located by line and column for the message.

const strict = new TextDecoder('utf-8', { fatal: true });

export type Decoded =
  | { ok: true; text: string }
  /** `byte` is the first invalid byte; line and column are 1-based, the column counted in UTF-16 units. */
  | { ok: false; byte: number; offset: number; line: number; column: number; message: string };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const byte = firstInvalidByte(bytes);
    const lineStart = bytes.lastIndexOf(10, byte - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(10); i !== -1 && i < lineStart; i = bytes.indexOf(10, i + 1)) line++;
    // Everything before `byte` is valid UTF-8, so it decodes strictly; its length is the UTF-16 offset.
    const offset = strict.decode(bytes.subarray(0, byte)).length;
    const column = strict.decode(bytes.subarray(lineStart, byte)).length + 1;
    const hex = bytes[byte]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false, byte, offset, line, column,
      message: `The facts file is not valid UTF-8 (byte 0x${hex} at line ${line}, column ${column}); save it as UTF-8. Nothing will be written to it until then.`,
    };
  }
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence (bytes.length if none). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte → sequence length and the allowed range of the second byte (no overlongs, no surrogates, ≤ U+10FFFF).
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n;
  }
  return i;
}
