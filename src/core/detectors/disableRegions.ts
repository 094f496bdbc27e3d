// The grammar of Factmark's disable comments, markdownlint's: `factmark-disable`, `-enable`, `-disable-line`,
// `-disable-next-line`, `-disable-file`, each followed by rule codes (none: every rule). Comments are read in
// order into regions, each with the rules it silences; `silencedAt(code, offset)` answers for any finding.
// A directive is the whole first word of the comment: "factmark-disabled" is not one.
import type { HtmlComment } from '../markdown/prose.js';
import { positionAt } from '../markdown/lines.js';

/** Which rules are silenced: every rule except `except`, or only `only`. */
interface RuleSet {
  all: boolean;
  except: ReadonlySet<string>;
  only: ReadonlySet<string>;
}

interface Region extends RuleSet {
  start: number;
  end: number;
}

export interface DirectiveIssue {
  kind: 'unmatched-enable' | 'unknown-rule';
  start: number;
  end: number;
  /** The rule named, for unknown-rule. */
  rule?: string;
}

export interface DisableMap {
  silencedAt(code: string, offset: number): boolean;
  issues: DirectiveIssue[];
  /** False when the document has no directive at all (the common case: nothing to mark). */
  any: boolean;
}

const DIRECTIVE = /^factmark-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)(.*)$/s;
const NONE: ReadonlySet<string> = new Set();

export function disableMap(text: string, lineStarts: number[], comments: readonly HtmlComment[], knownRules: readonly string[]): DisableMap {
  const regions: Region[] = [];
  const issues: DirectiveIssue[] = [];
  let state: RuleSet = { all: false, except: NONE, only: NONE };
  let since = 0;
  const lineRange = (line: number): [number, number] => [lineStarts[line]!, line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const directive = m[1]!;
    const names = m[2]!.split(/[\s,]+/).filter(Boolean);
    for (const name of names) if (!knownRules.includes(name)) issues.push({ kind: 'unknown-rule', start: c.start, end: c.end, rule: name });
    const set = ruleSet(names);
    if (directive === 'disable-file') regions.push({ start: 0, end: text.length, ...set });
    else if (directive === 'disable-line') regions.push({ ...set, ...span(lineRange(positionAt(lineStarts, c.start).line)) });
    else if (directive === 'disable-next-line') {
      const next = nextNonBlankLine(text, lineStarts, positionAt(lineStarts, c.end).line + 1);
      if (next !== null) regions.push({ ...set, ...span(lineRange(next)) });
    } else {
      if (directive === 'enable' && !enables(state, names)) issues.push({ kind: 'unmatched-enable', start: c.start, end: c.end });
      regions.push({ start: since, end: c.start, ...state });
      state = directive === 'disable' ? disable(state, names) : enable(state, names);
      since = c.end;
    }
  }
  regions.push({ start: since, end: text.length, ...state });
  const active = regions.filter((r) => r.all || r.only.size > 0);
  return {
    any: active.length > 0,
    issues,
    silencedAt: (code, offset) => active.some((r) => offset >= r.start && offset < r.end && silences(r, code)),
  };
}

function span([start, end]: [number, number]): { start: number; end: number } {
  return { start, end };
}

function ruleSet(names: string[]): RuleSet {
  return names.length === 0 ? { all: true, except: NONE, only: NONE } : { all: false, except: NONE, only: new Set(names) };
}

function silences(set: RuleSet, code: string): boolean {
  return set.all ? !set.except.has(code) : set.only.has(code);
}

function disable(state: RuleSet, names: string[]): RuleSet {
  if (names.length === 0) return { all: true, except: NONE, only: NONE };
  if (state.all) return { ...state, except: new Set([...state.except].filter((n) => !names.includes(n))) };
  return { ...state, only: new Set([...state.only, ...names]) };
}

function enable(state: RuleSet, names: string[]): RuleSet {
  if (names.length === 0) return { all: false, except: NONE, only: NONE };
  if (state.all) return { ...state, except: new Set([...state.except, ...names]) };
  return { ...state, only: new Set([...state.only].filter((n) => !names.includes(n))) };
}

/** An enable that has something to enable: every named rule (or, with none, some rule) is silenced now. */
function enables(state: RuleSet, names: string[]): boolean {
  if (names.length === 0) return state.all || state.only.size > 0;
  return names.every((n) => silences(state, n));
}

function nextNonBlankLine(text: string, lineStarts: number[], line: number): number | null {
  for (let l = line; l < lineStarts.length; l++) {
    const end = l + 1 < lineStarts.length ? lineStarts[l + 1]! : text.length;
    if (text.slice(lineStarts[l]!, end).trim()) return l;
  }
  return null;
}
