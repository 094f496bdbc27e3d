// Readers' round-ups and vox pops: a bold line naming a person over the quotations they gave. Invented text.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const ARTICLE = `# Readers on the bus cuts

We asked how the timetable change had hit you. Here are some of your replies.

**Wendell, Carlisle**

“The 41 was my only way to the clinic. Now it's a taxi or nothing.”

**Joyce Ambler, 68, Penrith**

Joyce has used the route since 1994.

“I used to know every driver by name. Last month I waited an hour and a quarter in the rain.”

**What the operator says**

“Every change was consulted on for six weeks,” a spokesperson for Fellside Buses said.

**Ravi, Workington**

“Honestly? The new express is quicker for me.”
`;

describe('section labels', () => {
  it('a quotation opening its paragraph belongs to the person the bold line over its section names', () => {
    const speakers = analyze(ARTICLE).quotes.map((q) => q.speaker?.name ?? null);
    assert.deepEqual(speakers, ['Wendell', 'Joyce Ambler', 'Fellside Buses', 'Ravi']);
  });

  it('a heading ends a section; a bold question is no name', () => {
    const text = '# Buses\n\n**Wendell, Carlisle**\n\n## Meanwhile\n\n“The 41 was my only way to the clinic.”\n\n**Who pays?**\n\n“Nobody can say.”\n';
    assert.deepEqual(analyze(text).quotes.map((q) => q.speaker?.name ?? null), [null, null]);
  });
});
