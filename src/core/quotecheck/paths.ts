// A snapshot path from the facts file, resolved against the facts file's own location. Works on plain paths and
// on URI strings alike (file:///…, vscode-vfs://…), since only the part after the last "/" is replaced.

export function resolveSnapshotPath(factsPath: string, snapshot: string): string | undefined {
  if (snapshot.startsWith('/') || snapshot.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(snapshot)) return undefined;
  const slash = factsPath.lastIndexOf('/');
  const base = slash >= 0 ? factsPath.slice(0, slash + 1) : '';
  const prefix = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(base)?.[0] ?? '';
  const parts = base.slice(prefix.length).split('/');
  parts.pop(); // the empty piece after the trailing "/"
  for (const piece of snapshot.split('/')) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') {
      if (parts.length > 1 || (parts.length === 1 && parts[0] !== '')) parts.pop();
      else if (parts.length === 0) parts.push('..');
    } else parts.push(piece);
  }
  return prefix + parts.join('/');
}
