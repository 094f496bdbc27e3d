// Every match of a global pattern in a string, as "index:text" (an empty match steps on one place), so two patterns'
// matches compare as lists.
export function matches(re: RegExp, s: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(`${m.index}:${m[0]}`);
  }
  return out;
}
