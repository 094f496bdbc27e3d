// Text of a .factmark.jsonc → the values it sets, plus every problem at its line:column. JSONC (comments and
// trailing commas allowed). A value that does not fit is reported and left out, so its default applies and the
// rest of the file still counts; nothing here throws on user input and nothing ever rewrites the file.
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineStartsOf, positionAt } from '../markdown/lines.js';
import { ARTICLE_RULE_CODES } from '../rules.js';
import type { FactmarkConfig, RuleLevel } from './types.js';

export const CONFIG_FILE_NAME = '.factmark.jsonc';

/** What a configuration file sets; keys it leaves out are absent. */
export type ConfigValues = Partial<Omit<FactmarkConfig, 'export' | 'kinds'>> & { export?: FactmarkConfig['export'] };

export interface ConfigProblem {
  code: 'config-problem';
  severity: 'error' | 'warning';
  message: string;
  offset: number;
  length: number;
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
}

export interface ConfigParse {
  values: ConfigValues;
  problems: ConfigProblem[];
}

const LEVELS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];
const KNOWN_KEYS = ['$schema', 'rules', 'extraSpeechVerbs', 'extraVagueSources', 'minClaimScore', 'factsFile', 'export', 'history', 'attributionTagger'];

export function parseConfig(input: string): ConfigParse {
  const text = input.startsWith('\uFEFF') ? ' ' + input.slice(1) : input;
  const lines = lineStartsOf(text);
  const problems: ConfigProblem[] = [];
  const report = (message: string, node: { offset: number; length: number }, severity: ConfigProblem['severity'] = 'error'): void => {
    const { line, column } = positionAt(lines, node.offset);
    problems.push({ code: 'config-problem', severity, message, offset: node.offset, length: node.length, line: line + 1, column: column + 1 });
  };
  const values: ConfigValues = {};
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  } catch (err) {
    // jsonc-parser recurses per nesting level; a pathological file must not take the extension host down.
    if (!(err instanceof RangeError)) throw err;
    report(`${CONFIG_FILE_NAME} is nested too deeply to read; the defaults apply.`, { offset: 0, length: 0 });
    return { values, problems };
  }
  for (const e of errors) report(`${CONFIG_FILE_NAME}: ${printParseErrorCode(e.error)}.`, e);
  if (!root) return { values, problems };
  if (root.type !== 'object') {
    report(`${CONFIG_FILE_NAME} must hold an object, found ${root.type}.`, root);
    return { values, problems };
  }
  for (const [keyNode, valueNode] of properties(root)) {
    const key = keyNode.value as string;
    if (!KNOWN_KEYS.includes(key)) report(`Unknown key "${key}" (known: ${KNOWN_KEYS.slice(1).join(', ')}); it is ignored.`, keyNode, 'warning');
    else readKey(key, valueNode, values, report);
  }
  return { values, problems };
}

type Report = (message: string, node: Node, severity?: ConfigProblem['severity']) => void;

/** The key and value nodes of an object node's complete properties (a property cut short by a syntax error has none). */
function properties(object: Node): Array<[Node, Node]> {
  return (object.children ?? []).flatMap((prop) => {
    const [keyNode, valueNode] = prop.children ?? [];
    return keyNode && valueNode ? [[keyNode, valueNode] as [Node, Node]] : [];
  });
}

function readKey(key: string, node: Node, values: ConfigValues, report: Report): void {
  if (key === 'rules') values.rules = readRules(node, report);
  else if (key === 'extraSpeechVerbs' || key === 'extraVagueSources' || key === 'history') {
    const list = readStrings(key, node, report);
    if (list) values[key] = list;
  } else if (key === 'minClaimScore') {
    if (node.type === 'number' && (node.value as number) >= 0 && (node.value as number) <= 1) values.minClaimScore = node.value as number;
    else report(`"minClaimScore" must be a number from 0 to 1; the default applies.`, node);
  } else if (key === 'factsFile') {
    const v = node.value;
    if (node.type === 'string' && (v as string).includes('${name}') && !/[/\\]/.test(v as string)) values.sidecarPattern = v as string;
    else report(`"factsFile" must be a file name containing \${name}, without a folder; the default applies.`, node);
  } else if (key === 'export') values.export = readExport(node, report);
  else if (key === 'attributionTagger') {
    if (node.type === 'boolean') values.attributionTagger = node.value as boolean;
    else report('"attributionTagger" must be true or false; the default (false) applies.', node);
  }
}

function readRules(node: Node, report: Report): Record<string, RuleLevel> {
  const rules: Record<string, RuleLevel> = {};
  if (node.type !== 'object') {
    report('"rules" must be an object of rule code → severity, "off", true or false.', node);
    return rules;
  }
  for (const [keyNode, valueNode] of properties(node)) {
    const code = keyNode.value as string;
    if (!ARTICLE_RULE_CODES.includes(code)) {
      report(`Unknown rule "${code}" (see docs/rules.md); it is ignored.`, keyNode, 'warning');
      continue;
    }
    const v = getNodeValue(valueNode) as unknown;
    if (v === false) rules[code] = 'off';
    else if (v === true) continue; // on, at its default severity
    else if (typeof v === 'string' && LEVELS.includes(v)) rules[code] = v as RuleLevel;
    else report(`Rule "${code}": expected ${LEVELS.join(', ')}, true or false; its default applies.`, valueNode);
  }
  return rules;
}

function readStrings(key: string, node: Node, report: Report): string[] | undefined {
  const items = node.type === 'array' ? node.children ?? [] : undefined;
  if (!items) {
    report(`"${key}" must be a list of strings; it is ignored.`, node);
    return undefined;
  }
  const out: string[] = [];
  for (const item of items) {
    if (item.type === 'string' && (item.value as string).trim() !== '') out.push((item.value as string).trim());
    else report(`"${key}": every entry must be a non-empty string; this one is ignored.`, item);
  }
  return out;
}

function readExport(node: Node, report: Report): FactmarkConfig['export'] {
  const out: FactmarkConfig['export'] = {};
  if (node.type !== 'object') {
    report('"export" must be an object with organisationName and organisationUrl.', node);
    return out;
  }
  for (const [keyNode, valueNode] of properties(node)) {
    const key = keyNode.value as string;
    const v = valueNode.value as unknown;
    if (key !== 'organisationName' && key !== 'organisationUrl') report(`Unknown key "export.${key}"; it is ignored.`, keyNode, 'warning');
    else if (typeof v !== 'string' || v.trim() === '') report(`"export.${key}" must be a non-empty string.`, valueNode);
    else if (key === 'organisationUrl' && !/^https?:\/\/\S+$/i.test(v)) report(`"export.organisationUrl" must be an http(s) URL.`, valueNode);
    else out[key] = v.trim();
  }
  return out;
}

/** `base` with what the file sets laid over it: the file wins key by key, rule by rule. */
export function withConfigFile(base: FactmarkConfig, values: ConfigValues): FactmarkConfig {
  return {
    ...base,
    ...values,
    rules: { ...base.rules, ...values.rules },
    export: { ...base.export, ...values.export },
  };
}
