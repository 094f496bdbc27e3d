// `json`: everything, machine-readable and versioned. One article → { version, article, coverage, findings,
// facts, sources }; several → { version, articles: [ …the same without version… ] }. Bump `version` on any
// change that renames or removes a field; adding a field is not a breaking change. Written script-safe (`<`, `>`,
// `&` as \u escapes) like the ClaimReview export, so it too can be embedded in a page.
import { scriptSafeJson } from './scriptSafeJson.js';
import type { Exporter, ExportInput } from './types.js';
import { buildArticleView } from './model.js';

export const JSON_EXPORT_VERSION = 1;

export const jsonExporter: Exporter<'json'> = {
  format: 'json',
  label: 'JSON (findings, facts and sources)',
  extension: 'json',
  mediaType: 'application/json',
  suffix: '.export.json',
  help: 'findings, facts and sources (versioned)',
  run(inputs) {
    const articles = inputs.map(articleJson);
    const body = articles.length === 1 ? { version: JSON_EXPORT_VERSION, ...articles[0] } : { version: JSON_EXPORT_VERSION, articles };
    return { content: scriptSafeJson(body), warnings: [] };
  },
};

function articleJson(input: ExportInput) {
  const view = buildArticleView(input);
  const anchors = new Map((input.anchors ?? []).map((a) => [a.factId, a] as const));
  const { quotes, attributions, claims, problems } = input.analysis;
  return {
    article: { path: view.path, title: view.title, url: view.url ?? null, date: view.date ?? null },
    coverage: view.coverage,
    findings: { quotes, attributions, claims, problems },
    facts: (input.facts?.facts ?? []).map((fact) => {
      const anchor = anchors.get(fact.id);
      return {
        ...fact,
        anchor: anchor?.status === 'anchored'
          ? { status: 'anchored', start: anchor.start, end: anchor.end, method: anchor.method, text: input.text.slice(anchor.start, anchor.end) }
          : { status: 'orphan', reason: anchor?.status === 'orphan' ? anchor.reason : 'not anchored' },
      };
    }),
    sources: input.facts?.sources ?? [],
  };
}
