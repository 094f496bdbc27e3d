// package.json ↔ code: every command, setting, colour, view and grammar the manifest contributes exists in the
// extension's code, and everything the code registers or reads is contributed. Plain Node: the sources are read
// as text (importing src/vscode would need the `vscode` module).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HOVER_COMMANDS } from '../../src/core/present/hover.js';
import { RULES } from '../../src/core/rules.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

function sources(dir: string): string {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(ROOT, dir, f), 'utf8'))
    .join('\n');
}
const vscodeSrc = sources('src/vscode');
const settingsSrc = readFileSync(path.join(ROOT, 'src/vscode/settings.ts'), 'utf8');
// The validated settings are read through a getter in settingsConfig.ts (pure, shared with unit tests).
const settingsReadSrc = settingsSrc + readFileSync(path.join(ROOT, 'src/vscode/settingsConfig.ts'), 'utf8');

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[1]);

describe('manifest ↔ code', () => {
  it('activates on Markdown, runs untrusted and virtual, and ships one bundle for the Node and the web host', () => {
    assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown']);
    // Both hosts load the web-worker bundle (see scripts/build.mjs): the models are inlined in the VSIX once.
    assert.equal(pkg.main, './dist/web/extension.js');
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
    assert.match(pkg.engines.vscode, /^\^1\.91\./);
  });

  it('contributes exactly the commands the extension registers, all in the Factmark category', () => {
    const registered = sorted(all(/registerCommand\(\s*'([^']+)'/g, vscodeSrc));
    const declared = sorted(contributes.commands.map((c: { command: string }) => c.command));
    assert.ok(registered.length >= 17, `found ${registered.length} registrations`);
    assert.deepEqual(declared, registered);
    for (const c of contributes.commands) assert.equal(c.category, 'Factmark', c.command);
  });

  it('menus name only contributed commands; hover links only registered ones', () => {
    const declared = new Set(contributes.commands.map((c: { command: string }) => c.command));
    for (const [menu, items] of Object.entries(contributes.menus) as [string, { command: string }[]][]) {
      for (const item of items) assert.ok(declared.has(item.command), `${menu}: ${item.command}`);
    }
    for (const id of HOVER_COMMANDS) assert.ok(declared.has(id), id);
    // The internal reveal command (Claims view clicks) stays out of the palette.
    assert.ok(contributes.menus.commandPalette.some((m: { command: string; when: string }) => m.command === 'factmark.revealClaim' && m.when === 'false'));
  });

  it('declares exactly the settings the settings module reads, each with a scope', () => {
    const keys = all(/^\s*'([\w.]+)',$/gm, settingsSrc.slice(settingsSrc.indexOf('SETTING_KEYS'), settingsSrc.indexOf('] as const')));
    const read = sorted(all(/\b(?:c\.)?get(?:<\w+>)?\('([\w.]+)'\)/g, settingsReadSrc));
    assert.deepEqual(sorted(keys), read, 'SETTING_KEYS lists every key read');
    const declared = sorted(Object.keys(contributes.configuration.properties).map((k) => k.replace(/^factmark\./, '')));
    assert.deepEqual(declared, read);
    for (const [key, schema] of Object.entries(contributes.configuration.properties) as [string, { scope?: string }][]) {
      assert.ok(schema.scope, `${key} has a scope`);
    }
    const maxSize = Number(/DEFAULT_LIVE_ANALYSIS_MAX_SIZE = ([\d_]+);/.exec(settingsReadSrc)?.[1].replace(/_/g, ''));
    assert.equal(contributes.configuration.properties['factmark.liveAnalysisMaxSize'].default, maxSize, 'the size limit default matches the code');
    assert.equal((vscodeSrc.match(/getConfiguration\(/g) ?? []).length, (settingsSrc.match(/getConfiguration\(/g) ?? []).length, 'settings are read only in settings.ts');
  });

  it('declares exactly the theme colours the highlights use, for light, dark and high contrast', () => {
    const used = sorted(all(/color\('(factmark\.[A-Za-z]+)'\)/g, vscodeSrc));
    const declared = sorted(contributes.colors.map((c: { id: string }) => c.id));
    assert.deepEqual(declared, used);
    for (const c of contributes.colors) {
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.match(c.defaults[theme], /^#[0-9a-f]{6}([0-9a-f]{2})?$/i, `${c.id} ${theme}`);
    }
  });

  it('has the Claims view in its own activity-bar container, with an icon that ships', () => {
    const views = Object.values(contributes.views).flat() as { id: string; icon?: string }[];
    const created = sorted(all(/CLAIMS_VIEW_ID = '([^']+)'/g, vscodeSrc));
    assert.deepEqual(sorted(views.map((v) => v.id)), created);
    assert.match(vscodeSrc, /createTreeView\(CLAIMS_VIEW_ID/);
    const container = contributes.viewsContainers.activitybar[0];
    assert.deepEqual(Object.keys(contributes.views), [container.id]);
    assert.ok(existsSync(path.join(ROOT, container.icon)), container.icon);
    assert.match(readFileSync(path.join(ROOT, container.icon), 'utf8'), /^<svg[^>]*viewBox="0 0 24 24"/);
  });

  it('injects the quotes grammar into Markdown under the scope name the grammar file declares', () => {
    assert.equal(contributes.grammars.length, 1);
    const g = contributes.grammars[0];
    const grammar = JSON.parse(readFileSync(path.join(ROOT, g.path), 'utf8'));
    assert.equal(grammar.scopeName, g.scopeName);
    assert.deepEqual(g.injectTo, ['text.html.markdown']);
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
  });

  it('ships every file the manifest points at, through the .vscodeignore allowlist', () => {
    const ignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
    assert.equal(ignore.find((l) => l && !l.startsWith('#')), '**', 'the allowlist starts by excluding everything');
    const shipped = new Set(ignore.filter((l) => l.startsWith('!')).map((l) => l.slice(1)));
    const referenced = [
      pkg.main,
      pkg.browser,
      contributes.viewsContainers.activitybar[0].icon,
      ...contributes.grammars.map((g: { path: string }) => g.path),
      ...contributes.jsonValidation.map((j: { url: string }) => j.url),
      'docs/rules.md',
    ].map((p: string) => p.replace(/^\.\//, ''));
    for (const p of referenced) assert.ok(shipped.has(p), `${p} is in the allowlist`);
    for (const p of referenced.filter((r) => !r.startsWith('dist/'))) assert.ok(existsSync(path.join(ROOT, p)), `${p} exists`);
    assert.ok(![...shipped].some((p) => p.endsWith('.map')), 'source maps are not shipped');
  });

  it('docs/rules.md has one section per registered rule, and the core reports no code outside the registry', () => {
    const headings = sorted(all(/^### ([a-z0-9-]+)$/gm, readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')));
    assert.deepEqual(headings, sorted(RULES.map((r) => r.code)));
    const core = sources('src/core/detectors') + sources('src/core/facts') + sources('src/core/present') + sources('src/core/config');
    const reported = [...all(/code: '([a-z0-9-]+)'/g, core), ...all(/report\('[a-z]+', '([a-z0-9-]+)'/g, core)];
    for (const code of reported) assert.ok(RULES.some((r) => r.code === code), `${code} is in src/core/rules.ts`);
  });
});
