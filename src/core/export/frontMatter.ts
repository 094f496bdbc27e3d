// The few front matter fields exports need (title, url, canonical, date). Only flat `key: value` lines are
// read — enough for the metadata static-site generators put there — so no YAML parser is pulled into the core.

export interface ArticleMeta {
  title?: string;
  url?: string;
  canonical?: string;
  date?: string;
}

const KEYS = ['title', 'url', 'canonical', 'date'] as const;

const YAML_BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const TOML_BLOCK = /^\uFEFF?\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;

export function readFrontMatter(text: string): ArticleMeta {
  const yaml = YAML_BLOCK.exec(text);
  const toml = yaml ? null : TOML_BLOCK.exec(text);
  const block = yaml?.[1] ?? toml?.[1];
  if (block === undefined) return {};
  const separator = yaml ? ':' : '=';
  const meta: ArticleMeta = {};
  for (const line of block.split(/\r?\n/)) {
    // Top-level keys only: an indented line belongs to a nested map or list.
    const m = /^([A-Za-z_][\w-]*)[ \t]*([:=])[ \t]*(.*)$/.exec(line);
    if (!m || m[2] !== separator) continue;
    const key = m[1].toLowerCase() as (typeof KEYS)[number];
    if (!KEYS.includes(key) || meta[key] !== undefined) continue;
    const value = unquote(m[3]);
    if (value) meta[key] = value;
  }
  return meta;
}

function unquote(raw: string): string {
  const value = raw.trim();
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
    const inner = value.slice(1, -1);
    return value[0] === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  }
  // A trailing YAML comment is not part of the value.
  return value.replace(/\s+#.*$/, '');
}

/** The first ATX heading's text, used as the title when the front matter has none. */
export function firstHeading(text: string): string | undefined {
  const frontMatter = YAML_BLOCK.exec(text) ?? TOML_BLOCK.exec(text);
  const body = frontMatter ? text.slice(frontMatter[0].length) : text;
  const m = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(body);
  return m?.[1].trim() || undefined;
}
