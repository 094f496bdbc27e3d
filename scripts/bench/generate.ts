// A synthetic news article of any size for benchmarks: varied sentences with quotes (several mark styles),
// attributions, vague sources, numbers, dates, links, footnotes, lists, tables, blockquotes and code blocks.
// Everything here is invented; no evaluation text is used.
import { mulberry32 as random } from '../random.js';

const PEOPLE = ['Maria Okafor', 'Daniel Brandt', 'Aiko Tanaka', 'Rafael Moreno', 'Priya Nair', 'Tomas Lindqvist', 'Grace Mbeki', 'Oliver Chen'];
const TITLES = ['Mayor', 'Finance Minister', 'Senator', 'Chief Executive', 'Professor', 'Police Chief', 'Governor'];
const PLACES = ['Riverton', 'the northern province', 'Port Alder', 'the capital', 'Lakeshore County', 'the coastal region'];
const ORGS = ['the city council', 'the health ministry', 'the transport authority', 'the central bank', 'the university', 'the regional court'];
const CUES = ['said', 'told reporters', 'wrote in a statement', 'added', 'stressed', 'argued', 'announced', 'insisted'];
const VAGUE = ['Critics say', 'Experts believe', 'Some residents said', 'It is widely believed that', 'Observers have long complained that'];
const TOPICS = ['the bridge repairs', 'the school budget', 'the new tram line', 'water prices', 'the housing plan', 'the hospital merger'];
const VERBS = ['rose', 'fell', 'doubled', 'stalled', 'climbed', 'dropped'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

export function generateArticle(targetChars: number, seed = 42): string {
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)];
  const num = () => Math.floor(rnd() * 9000) + 10;
  const person = () => `${pick(TITLES)} ${pick(PEOPLE)}`;

  const sentences: Array<() => string> = [
    () => `${person()} ${pick(CUES)} that ${pick(TOPICS)} would cost $${num()} million by ${pick(MONTHS)} ${2000 + Math.floor(rnd() * 30)}.`,
    () => `“We will not accept delays on ${pick(TOPICS)},” ${pick(PEOPLE)} ${pick(CUES)}. “The numbers speak for themselves.”`,
    () => `${pick(VAGUE)} ${pick(TOPICS)} ${pick(VERBS)} by ${num() % 90}% last year.`,
    () => `According to ${pick(ORGS)}, ${num()} people in ${pick(PLACES)} were affected.`,
    () => `Spending on ${pick(TOPICS)} ${pick(VERBS)} to ${num()} euros per household, [the report](https://example.org/report/${num()}) shows.`,
    () => `She added: "It is the largest programme since ${1950 + (num() % 70)}, and it's working."`,
    () => `${pick(PEOPLE).split(' ')[1]} called the decision ‘a mistake’ and said ${pick(ORGS)} had ignored ${num()} complaints.[^${num() % 50}]`,
    () => `The ${pick(['vote', 'audit', 'strike', 'inquiry'])} in ${pick(PLACES)} took place on ${pick(MONTHS)} ${1 + (num() % 28)}, the '90s-era rules still apply.`,
    () => `He stressed that ${pick(TOPICS)} was «not negotiable» and that ${num()} jobs depended on it.`,
    () => `Residents in ${pick(PLACES)} have seen rents rise faster than wages for ${num() % 20} consecutive years.`,
  ];
  const paragraph = () => Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => pick(sentences)()).join(' ');
  const blocks: Array<() => string> = [
    paragraph, paragraph, paragraph, paragraph, paragraph, paragraph,
    () => `## ${pick(TOPICS).replace(/^the /, '').replace(/^\w/, (c) => c.toUpperCase())} in ${pick(PLACES)}`,
    () => `> “${pick(TOPICS)} is the test of this government,” ${pick(PEOPLE)} wrote.\n>\n> ${paragraph()}`,
    () => Array.from({ length: 3 }, () => `- ${pick(sentences)()}`).join('\n'),
    () => `| Year | Budget | Change |\n|---|---|---|\n| ${2019 + (num() % 5)} | ${num()} | ${num() % 30}% |\n| ${2024 + (num() % 5)} | ${num()} | -${num() % 30}% |`,
    () => '```js\nconst quote = "not a quote";\nconsole.log(`said ${42}%`);\n```',
    () => `[^${num() % 50}]: Figures from https://example.org/data/${num()}.csv, accessed ${pick(MONTHS)} ${2020 + (num() % 5)}.`,
    () => `<!-- editor's note: ${pick(TOPICS)} "draft" -->`,
  ];

  const parts: string[] = ['---', 'title: Synthetic benchmark article', 'tags: [bench]', '---', '', '# Council approves budget after long night', ''];
  let size = parts.join('\n').length;
  while (size < targetChars) {
    const block = pick(blocks)();
    parts.push(block, '');
    size += block.length + 2;
  }
  return parts.join('\n');
}
