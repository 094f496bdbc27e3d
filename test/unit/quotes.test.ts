import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze.js';
import type { Analysis } from '../../src/core/types.js';
import { createContext } from '../../src/core/analyze.js';
import type { DetectorContext } from '../../src/core/context.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { peopleDetector } from '../../src/core/detectors/people.js';
import { quotesDetector } from '../../src/core/detectors/quotes.js';
import { speakersDetector } from '../../src/core/detectors/speakers.js';

function quotesOf(text: string): Analysis['quotes'] {
  return analyze(text).quotes;
}

function innerTexts(text: string): string[] {
  return quotesOf(text).map((q) => q.inner.text);
}

describe('quotes', () => {
  describe('mark styles', () => {
    const cases: Array<[string, string]> = [
      ['curly double', 'The mayor said “we will rebuild the bridge” on Monday.'],
      ['straight double', 'The mayor said "we will rebuild the bridge" on Monday.'],
      ['curly single', 'The mayor said ‘we will rebuild the bridge’ on Monday.'],
      ['straight single', "The mayor said 'we will rebuild the bridge' on Monday."],
      ['guillemets', 'Le maire a dit «we will rebuild the bridge» lundi.'],
      ['low-9 German', 'Der Bürgermeister sagte „we will rebuild the bridge“ am Montag.'],
      ['CJK corner brackets', '市長は「we will rebuild the bridge」と述べた。'],
      ['CJK white corner brackets', '市長は『we will rebuild the bridge』と述べた。'],
    ];
    for (const [name, text] of cases) {
      it(`finds a ${name} quotation with its marks and inner text`, () => {
        const quotes = quotesOf(text);
        assert.equal(quotes.length, 1);
        const q = quotes[0];
        assert.equal(q.inner.text, 'we will rebuild the bridge');
        assert.equal(q.text, text.slice(q.start, q.end));
        assert.equal(q.end - q.start, q.inner.text.length + 2);
        assert.equal(q.closed, true);
        assert.equal(q.id, 'q1');
      });
    }

    it('accepts a straight opener closed by a curly mark (mixed typography)', () => {
      assert.deepEqual(innerTexts('She sorted the "work-related” emails.'), ['work-related']);
    });

    it('numbers quotes in order', () => {
      const quotes = quotesOf('“One,” she said. “Two,” he said. And “three.”');
      assert.deepEqual(quotes.map((q) => q.id), ['q1', 'q2', 'q3']);
      assert.deepEqual(quotes.map((q) => q.inner.text), ['One,', 'Two,', 'three.']);
    });
  });

  describe('apostrophes are not quotes', () => {
    it('ignores contractions, possessives, decades, elisions and plural possessives', () => {
      const text = "Japan’s envoy didn't come. In the '90s rock 'n' roll ruled, and fans loved ’em. The students’ union met. The Joneses' car 'til dawn.";
      assert.deepEqual(quotesOf(text), []);
      assert.deepEqual(analyze(text).problems, []);
    });

    it('keeps a plural possessive inside a single-quoted quotation', () => {
      assert.deepEqual(innerTexts('‘The students’ union is closed,’ she said.'), ['The students’ union is closed,']);
    });

    it('keeps apostrophes inside a quotation', () => {
      assert.deepEqual(innerTexts('“It’s Japan’s turn, isn’t it?” he asked.'), ['It’s Japan’s turn, isn’t it?']);
    });

    it('does not take inch marks for quotes', () => {
      assert.deepEqual(quotesOf('The screen is 12" wide and he is 6\'3" tall.'), []);
    });
  });

  describe('nesting', () => {
    it('reports only the outermost quotation', () => {
      const text = '“He called it a ‘test’ and said “never again,” today,” she said.';
      const quotes = quotesOf(text);
      assert.equal(quotes.length, 1);
      assert.equal(quotes[0].inner.text, 'He called it a ‘test’ and said “never again,” today,');
    });

    it('pairs correctly after a nested single quote', () => {
      const text = '“The ‘reform’ failed,” he said. “We try again.”';
      assert.deepEqual(innerTexts(text), ['The ‘reform’ failed,', 'We try again.']);
    });

    it('still reports double quotes after a stray apostrophe-like opening mark', () => {
      assert.deepEqual(innerTexts("The 'Hawks fan said “we won” loudly."), ['we won']);
    });
  });

  it('treats scare quotes as (short) quotes', () => {
    assert.deepEqual(innerTexts('The so-called “reform” passed.'), ['reform']);
  });

  describe('multi-paragraph quotations', () => {
    it('runs one quote across paragraphs when the next paragraph reopens it', () => {
      const text = '“The first part of the statement goes here.\n\n“And the second part closes it,” the minister said.\n';
      const quotes = quotesOf(text);
      assert.equal(quotes.length, 1);
      const q = quotes[0];
      assert.equal(q.start, 0);
      assert.equal(text.slice(q.end - 1, q.end), '”');
      assert.ok(q.inner.text.includes('second part closes it,'));
      assert.equal(q.closed, true);
      assert.deepEqual(analyze(text).problems.filter((p) => p.code === 'unbalanced-quote'), []);
    });

    it('runs a curly single quote opening its paragraph into the next paragraph it reopens (British copy)', () => {
      const text = 'She does not argue with it.\n\n‘I used to think a record had to prove something. You’d listen first.\n\n‘This one doesn’t prove anything,’ she said.\n';
      const quotes = quotesOf(text);
      assert.equal(quotes.length, 1);
      assert.ok(quotes[0].inner.text.startsWith('I used to think') && quotes[0].inner.text.includes('prove anything,'));
      // A single mark inside a paragraph is too often an apostrophe to carry on ("the ‘90s ¶ ‘Twas").
      assert.deepEqual(innerTexts('They loved the ‘new sound of the decade.\n\n‘Twas ever so, said one.\n'), []);
    });

    it('ends an open quote at the end of its line when the next line opens another', () => {
      const text = '“First speaker, never closed.\n“Second speaker,” she said.\n';
      assert.deepEqual(innerTexts(text), ['First speaker, never closed.', 'Second speaker,']);
    });
  });

  it('finds quotes inside > blockquotes', () => {
    const text = 'Intro paragraph.\n\n> The senator said, “Nobody saw it coming.”\n> More text.\n';
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].inner.text, 'Nobody saw it coming.');
  });

  describe('unbalanced marks', () => {
    it('does not throw, warns and guesses the quote runs to the end of the paragraph', () => {
      const text = 'He said “this never ends\n\nNext paragraph without marks.\n';
      const result = analyze(text);
      assert.equal(result.quotes.length, 1);
      const q = result.quotes[0];
      assert.equal(q.closed, false);
      assert.equal(q.text, '“this never ends');
      const problem = result.problems.find((p) => p.code === 'unbalanced-quote');
      assert.ok(problem);
      assert.equal(problem.severity, 'warning');
      assert.equal(problem.start, q.start);
      assert.match(problem.message, /^Unclosed “/);
    });

    it('warns about a closing mark with nothing to close', () => {
      const result = analyze('The fund lost money.” Nobody noticed.');
      assert.equal(result.quotes.length, 0);
      assert.equal(result.problems.filter((p) => p.code === 'unbalanced-quote').length, 1);
    });

    it('reads a closing mark that starts a word or a paragraph as a mistyped opener', () => {
      assert.deepEqual(innerTexts('He said ”yes,” and left.'), ['yes,']);
      const text = 'Intro.\n\n” … and then we left,” she said.\n';
      assert.deepEqual(innerTexts(text), [' … and then we left,']);
      assert.deepEqual(analyze(text).problems, []);
    });
  });

  it('ignores marks in code, HTML, front matter and link URLs', () => {
    const text = [
      '---',
      'title: "Front matter"',
      '---',
      '',
      'Use `say "hi"` and see [the “docs”](https://example.com/"x") here.',
      '',
      '```',
      'print("not a quote")',
      '```',
      '',
      '<div title="html">“hidden”</div>',
      '',
      '<!-- "comment" -->',
      '',
      'Real “quote” here.',
      '',
    ].join('\n');
    assert.deepEqual(innerTexts(text), ['docs', 'quote']);
  });

  it('never crashes and keeps spans consistent on random input', () => {
    const alphabet = ['“', '”', '‘', '’', '"', "'", '«', '»', '„', '「', '」', '『', '』', 'a', 's', 'X', ' ', ' ', '\n', '\n\n', '> ', '`', '*', '-', '.', ',', '9', '#', '<b>', '[', ']', '(', ')'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }), fc.string({ maxLength: 40 }), (parts, noise) => {
        const text = parts.join('') + noise;
        const result = analyze(text);
        let lastEnd = 0;
        for (const q of result.quotes) {
          assert.ok(q.start < q.end, 'start < end');
          assert.ok(q.start >= lastEnd, 'sorted and non-overlapping');
          lastEnd = q.end;
          assert.equal(q.text, text.slice(q.start, q.end));
          assert.equal(q.inner.text, text.slice(q.inner.start, q.inner.end));
          assert.ok(q.inner.start >= q.start && q.inner.end <= q.end);
          if (q.speaker) assert.equal(q.speaker.text, text.slice(q.speaker.start, q.speaker.end));
        }
        for (const p of result.problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length);
      }),
      { numRuns: 300 },
    );
  });

  /** People, quotes and speakers on a text (the detectors that find quotes and their speakers, in registry order). */
  const runDetectors = (text: string): DetectorContext => {
    const ctx = createContext(buildProseDocument(text));
    for (const detector of [peopleDetector, quotesDetector, speakersDetector]) detector.run(ctx);
    return ctx;
  };

  // The next two guard against quadratic scans: at these sizes those take minutes, so the test's own time limit
  // (20 s in .mocharc) is the bound; speed itself is measured by `npm run bench`, not asserted here.
  it('stays linear on many small blocks without capitals and on thousands of quotes in one sentence', () => {
    const blocks = runDetectors(Array.from({ length: 3000 }, (_, i) => `item number ${i} has no capitals at all`).join('\n\n'));
    assert.equal(blocks.quotes.length, 0);
    const sentence = runDetectors('Roe said ' + '“a” and “b”, '.repeat(5000));
    assert.equal(sentence.quotes.length, 10000);
    assert.ok(sentence.quotes.every((q) => q.speaker?.name === 'Roe'));
  });

  it('finds people, quotes and speakers in a megabyte of quote-heavy prose', () => {
    const paragraph = '“We will rebuild,” Mayor Jane Roe said. Japan’s envoy didn\'t agree with the ‘plan’ and said "no". “Unclosed and the students’ union\n\n';
    const ctx = runDetectors(paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)));
    assert.ok(ctx.quotes.length > 20000, `${ctx.quotes.length} quotes`);
    assert.equal(ctx.quotes[0].speaker?.name, 'Jane Roe');
  });
});
