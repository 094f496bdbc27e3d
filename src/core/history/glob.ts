// Glob patterns for the claim history's paths (the CLI's `--history`, the editor's `factmark.history.paths` and the
// `history` key of .factmark.jsonc): `*` and `?` within a path segment, `**` for any number of segments, `{a,b}`
// alternatives. Pure, so the CLI's walk (node:fs) and the editor's (vscode.workspace.fs) match alike.

/** True when the pattern has a wildcard (otherwise it names one file or folder as it is). */
export function hasGlob(pattern: string): boolean {
  return /[*?{]/.test(pattern);
}

/** Which kind of history file a path is: facts files by name, any other JSON or JSON-LD as ClaimReview. */
export function historyKindOf(path: string): 'facts' | 'claimreview' | undefined {
  if (path.endsWith('.facts.json')) return 'facts';
  return /\.(json|jsonld)$/.test(path) ? 'claimreview' : undefined;
}

export function globRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${pattern.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      }
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}

const escape = (s: string): string => s.replace(/[.+^$()|[\]\\{}*?]/g, '\\$&');
