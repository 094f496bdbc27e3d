// The core must run in a browser web worker and in the CLI alike: prove no file under src/core
// imports vscode or a Node built-in (ESLint enforces the same; this catches a disabled lint rule).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](vscode|node:[\w/]+|fs|fs\/promises|path|os|child_process|crypto)['"]/;

describe('src/core purity', () => {
  const files = filesUnder('src/core');

  it('has core files to check', () => {
    assert.ok(files.length > 5, `expected core files, found ${files.length}`);
  });

  it('imports neither vscode nor Node built-ins', () => {
    const offenders = files.filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('the pattern itself catches a vscode import', () => {
    assert.ok(FORBIDDEN.test(`import * as vscode from 'vscode';`));
    assert.ok(FORBIDDEN.test(`import { readFile } from 'node:fs/promises';`));
    assert.ok(!FORBIDDEN.test(`import { analyze } from './analyze.js';`));
  });
});
