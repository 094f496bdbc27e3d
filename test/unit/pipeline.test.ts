// One article pipeline: `factmark check` (checkFile, from disk) and the editor's mapping of its settings
// (settingsFrom → configOf → checkArticle, exactly what analyzeText runs) give identical findings for the same
// article, facts file and configuration; `export` loads through the same reader.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkFile } from '../../src/cli/checkFile.js';
import { loadExportInput } from '../../src/cli/export.js';
import type { CliIo } from '../../src/cli/io.js';
import { parseFacts } from '../../src/core/facts/parse.js';
import { checkArticle } from '../../src/core/pipeline/checkArticle.js';
import { configOf, settingsFrom } from '../../src/vscode/settingsConfig.js';

const root = resolve(import.meta.dirname, '..', '..');
const fixtures = resolve(root, 'test/fixtures/workspace');

function diskIo(): CliIo {
  return { stdout: () => undefined, stderr: () => undefined, isTTY: false, env: {}, cwd: fixtures, readFile: (p) => readFile(resolve(fixtures, p), 'utf8'), writeFile: async () => undefined };
}

/** The editor's settings when the user changed nothing: package.json's declared defaults. */
function defaultEditorSettings() {
  const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
  const props = manifest.contributes.configuration.properties;
  return settingsFrom((key) => props[`factmark.${key}`]?.default);
}

async function editorPipeline(article: string, factsName: string) {
  const text = await readFile(resolve(fixtures, article), 'utf8');
  const factsText = await readFile(resolve(fixtures, factsName), 'utf8').catch(() => undefined);
  return checkArticle({ text, facts: factsText === undefined ? undefined : parseFacts(factsText), config: configOf(defaultEditorSettings()) });
}

describe('one article pipeline', () => {
  for (const [article, facts] of [['kishida.md', 'kishida.facts.json'], ['linked/kishida.md', 'linked/kishida.facts.json'], ['broken/article.md', 'broken/article.facts.json']] as const) {
    it(`${article}: check and the editor find the same quotes, attributions, claims, problems and facts problems`, async () => {
      const cli = await checkFile(article, {}, diskIo());
      assert.ok(cli.ok, cli.ok ? '' : cli.message);
      const editor = await editorPipeline(article, facts);
      assert.deepEqual(cli.file.analysis, editor.analysis);
      assert.deepEqual(cli.file.factsProblems, editor.factsProblems);
      assert.deepEqual(cli.file.article?.silenced, editor.silenced);
      assert.deepEqual(cli.file.article?.anchors, editor.anchors);
    });
  }

  it('the linked fixture really is changed by its facts file (the comparison above is not vacuous)', async () => {
    const cli = await checkFile('linked/kishida.md', {}, diskIo());
    assert.ok(cli.ok);
    assert.ok(cli.file.analysis.claims.some((c) => c.status === 'linked'));
  });

  it('export loads the same analysis as check', async () => {
    const checked = await checkFile('linked/kishida.md', {}, diskIo());
    const exported = await loadExportInput('linked/kishida.md', {}, diskIo());
    assert.ok(checked.ok && exported.ok);
    assert.deepEqual(exported.input.analysis, checked.file.analysis);
    assert.deepEqual(exported.input.anchors, checked.file.article?.anchors);
  });

  it('a --facts file that does not exist is exit status 2 in check and in export alike', async () => {
    const checked = await checkFile('kishida.md', { factsPath: 'nowhere.facts.json' }, diskIo());
    const exported = await loadExportInput('kishida.md', { factsPath: 'nowhere.facts.json' }, diskIo());
    assert.ok(!checked.ok && !exported.ok);
    assert.equal(exported.status, 2);
    assert.equal(checked.message, exported.message);
    assert.match(checked.message, /cannot read nowhere\.facts\.json: no such file/);
  });
});
