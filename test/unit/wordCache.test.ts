import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze.js';
import { WordCache, clearWordCaches, transientWordCacheEntries } from '../../src/core/text/wordCache.js';

describe('word cache', () => {
  it('remembers values, including false and 0, and returns what it stores', () => {
    const cache = new WordCache<string, boolean | number>();
    assert.equal(cache.get('he'), undefined);
    assert.equal(cache.set('he', false), false);
    assert.equal(cache.set('she', 0), 0);
    assert.equal(cache.get('he'), false);
    assert.equal(cache.get('she'), 0);
  });

  it('empties itself when it reaches its limit, so memory stays bounded', () => {
    const cache = new WordCache<number, string>(3);
    for (const k of [1, 2, 3]) cache.set(k, String(k));
    assert.equal(cache.get(3), '3');
    cache.set(4, '4');
    assert.deepEqual([1, 2, 3, 4].map((k) => cache.get(k)), [undefined, undefined, undefined, '4']);
  });

  it('keeps no long word after an analysis, so no article stays in memory through a cached slice of it', () => {
    const seed = readFileSync(new URL('../../examples/kishida.md', import.meta.url), 'utf8');
    const result = analyze(`${seed}\n\nSenator Okafor called the Intergovernmentalist plan “fine”.`);
    assert.ok(result.attributions.length > 5);
    assert.equal(transientWordCacheEntries(), 0);
  });

  it('remembers short words and number keys across analyses, and long words only until the analysis ends', () => {
    const cache = new WordCache<string | number, string>();
    const text = 'The Intergovernmentalist said so.';
    const short = text.slice(0, 3);
    const long = text.slice(4, 25);
    cache.set(short, 'the');
    cache.set(7, 'seven');
    cache.set(long, 'intergovernmentalist');
    assert.equal(transientWordCacheEntries(), 1);
    clearWordCaches();
    assert.deepEqual([cache.get(short), cache.get(7), cache.get(long)], ['the', 'seven', undefined]);
  });

  it('gives the same analysis with a warm cache as with a cold one', () => {
    const seed = readFileSync(new URL('../../examples/kishida.md', import.meta.url), 'utf8');
    const first = JSON.stringify(analyze(seed));
    analyze('Critics SAID the Plan would FAIL, officials say; THE MINISTER said exports rose.');
    assert.equal(JSON.stringify(analyze(seed)), first);
  });
});
