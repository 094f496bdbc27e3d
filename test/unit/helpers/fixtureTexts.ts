// The article texts written for this repository under test/fixtures, for tests that check a rewritten scan against
// its plain form on real prose: Markdown files and the texts of JSON-lines sets, never a measure half's (those are
// read once per change, in the evaluation).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function fixtureTexts(dir = 'test/fixtures'): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'measure') continue;
    if (statSync(path).isDirectory()) texts.push(...fixtureTexts(path));
    else if (path.endsWith('.md')) texts.push(readFileSync(path, 'utf8'));
    else if (path.endsWith('.jsonl')) {
      for (const line of readFileSync(path, 'utf8').split('\n')) if (line.includes('"text"')) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return texts;
}
