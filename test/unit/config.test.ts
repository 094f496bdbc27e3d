// .factmark.jsonc: parsing (JSONC, problems at line:column, bad values fall back to their defaults), the starter
// file, the schema kept in step with the parser and the rule registry, lookup (nearest wins, --config overrides),
// `factmark init`, and the CLI and the editor's pipeline agreeing on the same file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exitStatus } from '../../src/cli/check.js';
import { checkFile } from '../../src/cli/checkFile.js';
import { initCommand } from '../../src/cli/init.js';
import type { CliIo } from '../../src/cli/io.js';
import { foldersAbove } from '../../src/core/config/find.js';
import { parseConfig, withConfigFile } from '../../src/core/config/parse.js';
import { STARTER_CONFIG } from '../../src/core/config/starter.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { checkArticle } from '../../src/core/pipeline/checkArticle.js';
import { ARTICLE_RULE_CODES } from '../../src/core/rules.js';
import { editorConfig, settingsFrom } from '../../src/vscode/settingsConfig.js';

const root = resolve(import.meta.dirname, '..', '..');
const ARTICLE = 'Spending rose by 12 percent in 2024.\n\nCritics say the plan will cost 4 billion euros.\n';

function diskIo(cwd: string, err: string[] = []): CliIo {
  return { stdout: () => undefined, stderr: (t) => void err.push(t), isTTY: false, env: {}, cwd, readFile: (p) => readFile(resolve(cwd, p), 'utf8'), writeFile: async () => undefined };
}

describe('config: parsing .factmark.jsonc', () => {
  it('reads every key, with comments and trailing commas', () => {
    const { values, problems } = parseConfig(`// house rules
{
  "rules": { "unsourced-claim": "error", "vague-source": false, "unbalanced-quote": true, },
  "extraSpeechVerbs": ["quipped"], "extraVagueSources": ["observers say"],
  "minClaimScore": 0.7, "factsFile": "\${name}.checks.json",
  "export": { "organisationName": "Desk", "organisationUrl": "https://desk.example.org" },
  "history": ["history/"], /* trailing */
}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(values, {
      rules: { 'unsourced-claim': 'error', 'vague-source': 'off' },
      extraSpeechVerbs: ['quipped'], extraVagueSources: ['observers say'], minClaimScore: 0.7, sidecarPattern: '${name}.checks.json',
      export: { organisationName: 'Desk', organisationUrl: 'https://desk.example.org' }, history: ['history/'],
    });
  });

  it('a syntax error is a problem at its line and column, and what could be read still applies', () => {
    const { values, problems } = parseConfig('{\n  "minClaimScore": 0.8,\n  "rules": { "unsourced-claim" "off" }\n}\n');
    assert.ok(problems.length >= 1);
    assert.deepEqual([problems[0].code, problems[0].severity, problems[0].line, problems[0].column], ['config-problem', 'error', 3, 32]);
    assert.equal(values.minClaimScore, 0.8);
  });

  it('a bad value is reported where it is and its default applies; unknown keys and rules are warnings', () => {
    const text = '{\n  "minClaimScore": 2,\n  "rules": { "unsorced-claim": "off", "vague-source": "loud" },\n  "colour": "red"\n}';
    const { values, problems } = parseConfig(text);
    assert.deepEqual(problems.map((p) => [p.severity, p.line, p.column]), [['error', 2, 20], ['warning', 3, 14], ['error', 3, 55], ['warning', 4, 3]]);
    assert.match(problems[1].message, /Unknown rule "unsorced-claim"/);
    const config = withConfigFile(defaultConfig(), values);
    assert.equal(config.minClaimScore, defaultConfig().minClaimScore);
    assert.deepEqual(config.rules, {});
  });

  it('never throws on odd input: empty, an array, deep nesting, a byte-order mark', () => {
    assert.deepEqual(parseConfig('').problems, []);
    assert.equal(parseConfig('[1]').problems[0].line, 1);
    assert.ok(parseConfig('['.repeat(10000)).problems.length > 0);
    assert.deepEqual(parseConfig('\uFEFF{"minClaimScore": 0.6}').values, { minClaimScore: 0.6 });
  });

  it('the starter file parses without problems and states the defaults', () => {
    const { values, problems } = parseConfig(STARTER_CONFIG);
    assert.deepEqual(problems, []);
    assert.deepEqual(withConfigFile(defaultConfig(), values), { ...defaultConfig(), rules: { 'unsourced-claim': 'warning', 'vague-source': 'warning' } });
  });

  it('the JSON schema knows exactly the keys the parser reads and the rules the registry has', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas/factmark.schema.json'), 'utf8')) as { properties: Record<string, { properties?: object }> };
    const starterKeys = [...STARTER_CONFIG.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
    assert.deepEqual(Object.keys(schema.properties).filter((k) => k !== '$schema').sort(), [...starterKeys].sort());
    assert.deepEqual(Object.keys(schema.properties.rules.properties ?? {}).sort(), [...ARTICLE_RULE_CODES].sort(), 'rules in the schema: npx tsx scripts/write-config-schema.ts');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
    assert.ok(manifest.contributes.jsonValidation.some((j) => j.fileMatch === '.factmark.jsonc' && j.url === './schemas/factmark.schema.json'));
  });
});

describe('config: lookup and the CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'factmark-config-'));
    mkdirSync(join(dir, 'desk', 'politics'), { recursive: true });
    writeFileSync(join(dir, 'desk', 'politics', 'story.md'), ARTICLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists folders nearest first, for paths and URIs, stopping at the workspace folder', () => {
    assert.deepEqual(foldersAbove('/a/b/c.md'), ['/a/b', '/a', '']);
    assert.deepEqual(foldersAbove('file:///ws/news/a.md', 'file:///ws'), ['file:///ws/news', 'file:///ws']);
    assert.deepEqual(foldersAbove('vscode-vfs://github/o/r/a.md'), ['vscode-vfs://github/o/r', 'vscode-vfs://github/o']);
  });

  it('without a configuration an unsourced claim fails the check; a file above turning the rules off passes it', async () => {
    const io = diskIo(dir);
    const before = await checkFile('desk/politics/story.md', {}, io);
    assert.ok(before.ok);
    assert.equal(exitStatus([before.file]), 1);
    writeFileSync(join(dir, '.factmark.jsonc'), '{ "rules": { "unsourced-claim": "off", "vague-source": "information" } }');
    const after = await checkFile('desk/politics/story.md', {}, io);
    assert.ok(after.ok);
    assert.equal(after.file.configPath, join(dir, '.factmark.jsonc'));
    assert.equal(exitStatus([after.file]), 0);
  });

  it('the nearest file wins, and --config overrides the lookup', async () => {
    writeFileSync(join(dir, '.factmark.jsonc'), '{ "minClaimScore": 0.9 }');
    writeFileSync(join(dir, 'desk', '.factmark.jsonc'), '{ "minClaimScore": 0.1 }');
    writeFileSync(join(dir, 'other.jsonc'), '{ "minClaimScore": 0.3 }');
    const near = await checkFile('desk/politics/story.md', {}, diskIo(dir));
    assert.ok(near.ok);
    assert.equal(near.file.config?.minClaimScore, 0.1);
    const chosen = await checkFile('desk/politics/story.md', { configPath: 'other.jsonc' }, diskIo(dir));
    assert.ok(chosen.ok);
    assert.equal(chosen.file.config?.minClaimScore, 0.3);
    const missing = await checkFile('desk/politics/story.md', { configPath: 'nope.jsonc' }, diskIo(dir));
    assert.ok(!missing.ok);
    assert.match(missing.message, /cannot read nope\.jsonc: no such file/);
  });

  it('a broken file: problems at line:column, defaults apply, exit 1, and the file is left byte-identical', async () => {
    const broken = '{\n  "rules": { "unsourced-claim": "off" ,,\n}';
    writeFileSync(join(dir, '.factmark.jsonc'), broken);
    const r = await checkFile('desk/politics/story.md', {}, diskIo(dir));
    assert.ok(r.ok);
    assert.ok((r.file.configProblems ?? []).some((p) => p.line === 2 && p.severity === 'error'));
    assert.equal(exitStatus([r.file]), 1);
    assert.equal(readFileSync(join(dir, '.factmark.jsonc'), 'utf8'), broken);
  });

  it('the sidecar name pattern from the file picks the facts file', async () => {
    writeFileSync(join(dir, '.factmark.jsonc'), '{ "factsFile": "${name}.checks.json" }');
    writeFileSync(join(dir, 'desk', 'politics', 'story.checks.json'), '{ "version": 1, "sources": [], "facts": [] }');
    const r = await checkFile('desk/politics/story.md', {}, diskIo(dir));
    assert.ok(r.ok);
    assert.equal(r.file.factsPath, 'desk/politics/story.checks.json');
  });

  it('check and the editor (settings filled in by the file) find the same claims for the same file', async () => {
    const text = '{ "extraVagueSources": ["observers say"], "minClaimScore": 0.3, "rules": { "vague-source": "error" } }';
    writeFileSync(join(dir, '.factmark.jsonc'), text);
    const article = 'Observers say the tax will raise 3 billion euros by 2026.\n\nThe minister quipped that 40 percent agreed.\n';
    writeFileSync(join(dir, 'desk', 'politics', 'story.md'), article);
    const cli = await checkFile('desk/politics/story.md', {}, diskIo(dir));
    assert.ok(cli.ok);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
    const settings = settingsFrom((key) => manifest.contributes.configuration.properties[`factmark.${key}`]?.default);
    const config = editorConfig(settings, parseConfig(text).values);
    const editor = checkArticle({ text: article, facts: undefined, config });
    assert.deepEqual(cli.file.analysis, editor.analysis);
    assert.equal(config.rules['vague-source'], 'error', 'the file wins over factmark.unsourcedSeverity');
    assert.ok(editor.analysis.claims.some((c) => c.reasons.includes('vague-source')), 'the extra vague source from the file applied');
  });

  it('"attributionTagger" in the file turns the learned tagger on for check and the editor alike, over the setting', async () => {
    const article = 'Senator Ana Ruiz has been critical of the plan to cut bus routes.\n';
    writeFileSync(join(dir, 'desk', 'politics', 'story.md'), article);
    const cueOf = (a: { attributions: Array<{ cue: { text: string } }> }) => a.attributions.map((x) => x.cue.text);
    const rulesOnly = await checkFile('desk/politics/story.md', {}, diskIo(dir));
    assert.ok(rulesOnly.ok);
    assert.deepEqual(cueOf(rulesOnly.file.analysis), ['critical']);
    const text = '{ "attributionTagger": true }';
    writeFileSync(join(dir, '.factmark.jsonc'), text);
    const cli = await checkFile('desk/politics/story.md', {}, diskIo(dir));
    assert.ok(cli.ok);
    assert.deepEqual(cueOf(cli.file.analysis), ['has been critical of']);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
    const settings = settingsFrom((key) => manifest.contributes.configuration.properties[`factmark.${key}`]?.default);
    assert.equal(settings.attributionTagger, false);
    const editor = checkArticle({ text: article, facts: undefined, config: editorConfig(settings, parseConfig(text).values) });
    assert.deepEqual(editor.analysis, cli.file.analysis);
    const wrong = parseConfig('{\n  "attributionTagger": "yes"\n}');
    assert.deepEqual(wrong.values, {});
    assert.deepEqual(wrong.problems.map((p) => [p.line, p.column, p.severity]), [[2, 24, 'error']]);
  });

  it('factmark init writes the starter file once and refuses to overwrite it', async () => {
    const err: string[] = [];
    assert.equal(await initCommand([], diskIo(dir, err)), 0);
    assert.equal(readFileSync(join(dir, '.factmark.jsonc'), 'utf8'), STARTER_CONFIG);
    writeFileSync(join(dir, '.factmark.jsonc'), '{ "minClaimScore": 0.2 }');
    assert.equal(await initCommand(['.'], diskIo(dir, err)), 1);
    assert.equal(readFileSync(join(dir, '.factmark.jsonc'), 'utf8'), '{ "minClaimScore": 0.2 }');
    assert.match(err.join(''), /already exists; it was left unchanged/);
  });
});
