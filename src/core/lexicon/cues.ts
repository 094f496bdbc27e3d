// Attribution cue verbs (PARC / PolNeAR style), by kind. Inflected forms are generated in `cueForms`.
import type { CueKind } from '../types.js';

/** Base forms. Speech: reporting what someone said. */
export const SPEECH_VERBS = [
  'say', 'tell', 'state', 'stress', 'add', 'explain', 'express', 'declare', 'announce', 'insist', 'argue', 'claim',
  'contend', 'assert', 'maintain', 'note', 'observe', 'remark', 'comment', 'reply', 'respond', 'answer', 'ask',
  'warn', 'caution', 'urge', 'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'reiterate', 'repeat',
  'restate', 'echo', 'emphasise', 'emphasize', 'underscore', 'point out', 'suggest', 'predict', 'promise',
  'pledge', 'vow', 'threaten', 'recall', 'describe', 'call', 'characterize', 'characterise', 'accuse', 'allege',
  'charge', 'complain', 'criticize', 'criticise', 'praise', 'boast', 'brag', 'joke', 'quip', 'shout', 'yell',
  'whisper', 'mutter', 'grumble', 'gripe', 'moan', 'testify', 'disclose', 'reveal', 'report', 'estimate', 'forecast', 'conclude',
  'agree', 'disagree', 'dispute', 'counter', 'rebut', 'retort', 'recount', 'tweet', 'retweet', 'post', 'inform', 'advise',
  'concur', 'hint', 'indicate', 'signal', 'mention', 'continue', 'elaborate', 'clarify', 'propose',
  'recommend', 'demand', 'question', 'wonder', 'speculate', 'assure', 'reassure', 'counsel',
  // Translated wire copy's verbs of saying ("afirmó", "subrayó", "precisó").
  'affirm', 'reaffirm', 'underline', 'specify',
  // A retort in a debate or a feud ("shot back that", "fired back:").
  'shoot back', 'fire back', 'hit back',
];

/** Writing: written statements and publications. */
export const WRITING_VERBS = ['write', 'publish', 'print', 'email', 'text', 'blog', 'document', 'cite', 'quote'];

/** Cognition: beliefs, knowledge, perception attributed to a source. */
export const COGNITION_VERBS = [
  'believe', 'think', 'feel', 'fear', 'hope', 'expect', 'know', 'doubt', 'suspect', 'assume', 'worry', 'consider',
  'understand', 'learn', 'find', 'realize', 'realise', 'recognize', 'recognise', 'want', 'wish', 'see', 'view',
  'regard', 'rate', 'anticipate', 'discover', 'estimate', 'calculate', 'determine', 'decide', 'judge', 'reckon', 'figure', 'guess',
];

/** Multi-word and prepositional cues that introduce a source rather than follow one. */
export const ACCORDING_TO_CUES = [
  'according to', 'as reported by', 'as stated by', 'in the words of', 'citing', 'per', 'as quoted by', 'in a statement',
  'in an interview with', 'in an interview',
];

// Irregular verbs: the base, then its other forms ("say says said saying").
const IRREGULAR: Record<string, string[]> = Object.fromEntries([
  'say says said saying | speak speaks spoke spoken speaking | tell tells told telling',
  'write writes wrote written writing | think thinks thought thinking | feel feels felt feeling',
  'know knows knew known knowing | find finds found finding | see sees saw seen seeing',
  'show shows showed shown showing | learn learns learned learnt learning',
  'understand understands understood understanding | print prints printed printing',
  'text texts texted texting | forecast forecasts forecast forecasted forecasting',
  'counsel counsels counseled counselled counseling | lay lays laid laying | put puts put putting',
  'make makes made making | send sends sent sending | give gives gave given giving',
  'seek seeks sought seeking | sing sings sang sung singing | fight fights fought fighting',
  'hear hears heard hearing | swear swears swore sworn swearing | go goes went gone going',
  'take takes took taken taking | hit hits hit hitting | shoot shoots shot shooting',
].join(' | ').split(' | ').map((row) => {
  const [base, ...forms] = row.split(' ');
  return [base, forms];
}));

// Detectors ask for the same verbs' forms on every cue they check: each list is built once (and frozen, as it is shared).
const inflections = new Map<string, readonly string[]>();

/** All inflections of a base verb ("stress" → stress, stresses, stressed, stressing). Phrasal verbs inflect the head. */
export function inflect(base: string): readonly string[] {
  let forms = inflections.get(base);
  if (!forms) {
    const [head, ...rest] = base.split(' ');
    const tail = rest.length ? ' ' + rest.join(' ') : '';
    forms = Object.freeze([head, ...(IRREGULAR[head] ?? regularForms(head))].map((f) => f + tail));
    inflections.set(base, forms);
  }
  return forms;
}

function regularForms(v: string): string[] {
  // "agreeing", "eyeing", "tying", "echoes".
  if (v.endsWith('ee') || v === 'eye') return [v + 's', v + 'd', v + 'ing'];
  if (v.endsWith('ie')) return [v + 's', v + 'd', v.slice(0, -2) + 'ying'];
  if (/[^aeiou]o$/.test(v)) return [v + 'es', v + 'ed', v + 'ing'];
  if (v.endsWith('e')) return [v + 's', v + 'd', v.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(v)) return [v.slice(0, -1) + 'ies', v.slice(0, -1) + 'ied', v + 'ing'];
  if (/(s|sh|ch|x|z)$/.test(v)) return [v + 'es', v + 'ed', v + 'ing'];
  // A final consonant doubles after a single stressed vowel ("slammed", "snubbed", "rebutted", "summed up").
  if (/^(admit|regret|commit|omit|refer|prefer|concur|plan|stop|quip|chat|slam|brag|snub|spar|rebut|dub|shun|sum|blog|jab|rap|nod|bar|defer|infer|deter|compel|beg|grab|pin|shrug|grin|snap|sob)$/.test(v)) {
    const d = v + v[v.length - 1];
    return [v + 's', d + 'ed', d + 'ing'];
  }
  return [v + 's', v + 'ed', v + 'ing'];
}

// Every analysis asks for the same table (extras come from settings and rarely change): build it once per set.
let cached: { key: string; map: ReadonlyMap<string, CueKind> } | undefined;

/** Inflected form → cue kind, for every built-in verb plus any extra verbs from settings (treated as speech). */
export function cueForms(extra: readonly string[] = []): ReadonlyMap<string, CueKind> {
  const key = extra.join('\n');
  if (cached?.key !== key) cached = { key, map: buildCueForms(extra) };
  return cached.map;
}

function buildCueForms(extra: readonly string[]): Map<string, CueKind> {
  const map = new Map<string, CueKind>();
  const add = (verbs: readonly string[], kind: CueKind) => {
    for (const v of verbs) for (const f of inflect(v)) if (!map.has(f)) map.set(f, kind);
  };
  add(SPEECH_VERBS, 'speech');
  add(WRITING_VERBS, 'writing');
  add(COGNITION_VERBS, 'cognition');
  for (const e of extra) {
    const form = e.toLowerCase().trim();
    if (!form) continue;
    // An extra verb given inflected ("quipped") is taken as is; a base form is inflected.
    for (const f of /(ed|s)$/.test(form) ? [form] : inflect(form)) if (!map.has(f)) map.set(f, 'speech');
  }
  return map;
}

/** More speech-act verbs that political news annotates as cues (PolNeAR style: "called for", "blasted"). */
export const EXTRA_SPEECH_VERBS = [
  'call for', 'call on', 'blast', 'slam', 'condemn', 'attack', 'decline', 'refuse', 'endorse', 'reject',
  'liken', 'tout', 'lament', 'stipulate', 'proclaim', 'pronounce', 'rail',
  'scoff', 'sneer', 'exclaim', 'muse', 'marvel', 'contest', 'decry', 'denounce', 'deride', 'mock',
  'speak of', 'speak about', 'speak out', 'talk about', 'discuss', 'blame', 'label', 'advocate', 'encourage', 'defend', 'oppose',
  'point to', 'plan', 'support', 'brand', 'dismiss', 'hail', 'applaud', 'welcome', 'lash out', 'put it', 'rule',
  // A light verb with a speech noun is one cue ("made the remarks", "issued a statement", "sent a letter").
  ...['make', 'issue', 'release', 'send', 'file', 'deliver', 'give'].flatMap((v) => ['the', 'a', 'an', 'his', 'her', 'their', 'its'].flatMap((d) => ['remarks', 'comments', 'comment', 'statement', 'pledge', 'promise', 'claim', 'claims', 'reference', 'criticism', 'case', 'argument', 'announcement', 'point', 'letter', 'complaint', 'speech', 'warning', 'assertion', 'accusation', 'allegation', 'remark', 'vow', 'threat', 'plea', 'appeal', 'request', 'call', 'declaration', 'memo', 'report', 'lawsuit', 'testimony'].map((n) => `${v} ${d} ${n}`))),
];

/**
 * Stance and advocacy verbs: a named party's position, intention or evaluation, which PolNeAR annotates as an
 * attribution ("Trump openly admires Putin", "the campaign is defending the tweets", "she laid out her plan").
 * They count only with a person or organisation as subject, and what they report is a characterisation by the
 * writer, not the party's own words: such an attribution does not source a claim (see `reportsWords`).
 */
export const STANCE_VERBS = [
  'support', 'endorse', 'defend', 'promote', 'outline', 'unveil', 'lay out', 'link', 'tie', 'chastise',
  'scold', 'rebuke', 'lambaste', 'admire', 'oppose', 'seek', 'intend', 'aim', 'offer', 'reference', 'invoke',
  'highlight', 'compare', 'implore', 'exhort', 'challenge', 'favor', 'favour', 'prefer', 'despise', 'resent',
  'embrace', 'champion', 'laud', 'thank', 'compliment', 'extol', 'bemoan', 'portray', 'dub', 'refer to',
  'downplay', 'play down', 'understate', 'overstate', 'seize on', 'double down', 'weigh in', 'push for',
  'press for', 'fight for', 'campaign for', 'argue for', 'lobby', 'pressure', 'plead', 'imply', 'depict',
  'credit', 'fault', 'cheer', 'celebrate', 'mourn', 'regret', 'apologize', 'apologise', 'criticize', 'criticise',
  'attack', 'blame', 'mock', 'dismiss', 'reject', 'decline', 'refuse', 'want', 'plan', 'hope', 'demand',
  'encourage', 'urge', 'propose', 'advocate', 'tout', 'praise', 'applaud', 'hail', 'welcome', 'slam', 'blast',
  'condemn', 'denounce', 'decry', 'question', 'dispute', 'vote for', 'vote against', 'accept', 'approve',
  'disapprove', 'love', 'hate', 'dislike', 'fear', 'worry about', 'agree', 'disagree',
  'paint', 'recite', 'sum up', 'chant', 'sing', 'hammer',
  'frame', 'contrast', 'unleash', 'reiterate', 'stop short of', 'weigh', 'eye', 'contemplate', 'envision',
  'articulate', 'moralize', 'seethe', 'lobby for', 'spar', 'respect', 'go after', 'illustrate', 'pound', 'resist', 'chronicle', 'propound', 'take aim at', 'hit back at', 'hit out at', 'push back against', 'push back on',
  'float', 'pitch', 'trumpet', 'spurn', 'snub', 'shun', 'ignore', 'avoid', 'acknowledge',
];

/** Verbs whose subject is usually a document or measurement ("a poll shows", "the study found"). */
export const REPORT_VERBS = ['show', 'find', 'suggest', 'indicate', 'reveal', 'conclude', 'estimate', 'project', 'document', 'detail', 'list'];
/** Forms of "list" in the cue table: a document lists what it holds ("the filing lists 38 positions"). The bare
 *  form and the participles are nouns and adjectives more often ("the list", "the address listed on the records",
 *  which as a cue cut a content short on PolNeAR train). */
const LIST_FORMS = ['lists'];
/** Forms of "record" in the cue table: "the minutes record that …", "recorded that …" (not "records", a noun that
 *  opens sentences: "Records show …"). */
const RECORD_FORMS = ['record', 'recorded'];

/**
 * Cues strong enough to stand on their own. Every other cue (weak: "see", "call", "add", "continue", "want"…)
 * needs evidence of reported content: "that", a colon, a quotation, or the "…, X added." ending.
 */
export const STRONG_CUES = new Set([
  'say', 'tell', 'state', 'stress', 'declare', 'announce', 'insist', 'argue', 'claim', 'contend', 'assert', 'note',
  'remark', 'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'reiterate', 'emphasise', 'emphasize',
  'underscore', 'point out', 'warn', 'caution', 'allege', 'testify', 'disclose', 'reveal', 'write', 'tweet', 'retweet',
  'explain', 'predict', 'vow', 'suggest', 'believe', 'recall', 'complain', 'boast', 'maintain', 'urge', 'accuse',
  'criticize', 'criticise', 'call for', 'call on', 'quip', 'retort', 'echo', 'blast', 'slam', 'condemn', 'tout',
  'lament', 'proclaim', 'exclaim', 'decry', 'denounce', 'report', 'estimate', 'cite', 'pledge', 'promise',
]);

/**
 * Base forms that are also common nouns ("a report", "the call", "his claims"): these count as cues only where a
 * verb can stand (after a subject, an auxiliary or an adverb) and never before "of".
 */
export const NOUN_LIKE = new Set([
  'report', 'call', 'contest', 'post', 'estimate', 'claim', 'comment', 'answer', 'question', 'text', 'document', 'print',
  'view', 'figure', 'guess', 'doubt', 'fear', 'hope', 'want', 'wish', 'charge', 'promise', 'pledge', 'vow', 'note',
  'remark', 'reply', 'demand', 'signal', 'hint', 'forecast', 'quote', 'praise', 'joke', 'quip', 'shout', 'tweet',
  'blog', 'email', 'counter', 'dispute', 'concern', 'find', 'echo', 'cite', 'counsel', 'judge', 'mention',
  'repeat', 'attack', 'blast', 'slam', 'respond', 'support', 'plan', 'reject', 'show', 'project', 'detail',
  'release', 'statement', 'word', 'state', 'add', 'worry', 'accuse', 'suggest', 'warn', 'testify', 'decline',
  'advocate', 'challenge', 'pressure', 'credit', 'rule', 'offer', 'vote', 'fault', 'champion', 'push', 'tie',
  'link', 'favor', 'favour', 'reference', 'highlight', 'outline', 'issue', 'sign', 'rate', 'record',
]);

/** Participles that continue an attribution started by another verb ("echoed this commitment, stating that"). */
export const CONTINUING_PARTICIPLES = new Set([
  'saying', 'stating', 'adding', 'noting', 'arguing', 'claiming', 'insisting', 'writing', 'explaining', 'telling',
  'warning', 'citing', 'declaring', 'stressing', 'asserting', 'suggesting', 'calling', 'urging', 'promising',
  'accusing', 'emphasizing', 'emphasising', 'pointing', 'asking', 'describing', 'acknowledging', 'charging',
]);

/** Nouns that name a document or measurement; as a source they make the attribution a citation. */
export const DOCUMENT_SOURCES = new Set([
  'report', 'study', 'survey', 'poll', 'data', 'analysis', 'figures', 'statistics', 'records', 'census', 'audit',
  'review', 'paper', 'filing', 'filings', 'documents', 'document', 'transcript', 'records', 'research', 'index',
  'estimates', 'projections', 'findings', 'investigation', 'memo', 'letter', 'database', 'article', 'book',
  // Valuations and assessments put a figure on something ("A 2023 valuation by the firm … put the park at …").
  'valuation', 'valuations', 'appraisal', 'appraisals', 'assessment', 'assessments', 'estimate', 'forecast',
  // Registers and applications list what they hold ("the planning register lists", "its application lists").
  'register', 'registry', 'application', 'inventory', 'prospectus', 'manifest',
  // A body's own record of itself: "the council's minutes record that …", "its website lists 40 stores".
  'minutes', 'website', 'papers', 'notice',
  // The records an investigation reads ("the spreadsheet shows", "the deck projects", "invoices show").
  'spreadsheet', 'emails', 'email', 'invoices', 'invoice', 'receipts', 'logs', 'timesheets', 'timecards', 'contracts',
  'contract', 'deck', 'ledger', 'ledgers', 'footage', 'recording', 'payslips', 'rosters', 'logbooks',
  // Results, images and photographs a body publishes or a forum reviews ("The company's interim results … show",
  // "Satellite images reviewed by the Forum show").
  'results', 'images', 'imagery', 'photos', 'photographs',
]);

/** Words opening a circumstance of a report before its source ("In a statement, …", "Speaking to reporters, …",
 *  "Citing figures from the ministry, …"), as a pattern alternation. */
// "When asked …," too: a question put is the report's occasion, unlike "When the council cut 40 jobs," (a clause).
export const CIRCUMSTANCE_OPENERS = String.raw`In|At|During|On|Speaking|Writing|Responding|Testifying|Appearing|Citing|Quoting|Asked|Pressed|Questioned|Addressing|When\s+(?:asked|pressed|questioned)`;

/** How a document's maker is introduced after it ("a survey commissioned by", "a statement issued by"), as a pattern
 *  alternation (spaces inside a participle match any run of spaces). */
export const MAKING_PARTICIPLES = ['issued', 'released', 'signed', 'sent', 'filed', 'prepared', 'written', 'published', 'submitted', 'commissioned', 'conducted', 'carried out', 'led', 'funded', 'produced', 'compiled', 'run', 'drawn up']
  .map((w) => w.replace(' ', String.raw`\s+`)).join('|');

// The one cue table: every built-in cue (speech, writing, report, cognition, stance, "according to") and the
// user's extra cues, by first word. `cueForms` above is its single-word speech, writing and cognition view.
export interface CueEntry {
  words: string[];
  base: string;
  kind: CueKind;
}

export const tableCache = new Map<string, Map<string, CueEntry[]>>();

/** Inflected first word → cue entries (multi-word cues list their remaining words). Cached per extra-cue list. */
export function cueTable(extra: readonly string[]): Map<string, CueEntry[]> {
  const key = extra.join('\n');
  const cached = tableCache.get(key);
  if (cached) return cached;
  const table = new Map<string, CueEntry[]>();
  // Forms already listed (a set: scanning the lists for each of thousands of forms took 60 ms on first use).
  const listed = new Set<string>();
  const add = (bases: readonly string[], kind: CueKind, inflected = true) => {
    for (const base of bases) {
      for (const form of inflected ? inflect(base) : [base]) {
        const words = form.split(' ');
        const list = table.get(words[0]) ?? [];
        if (!listed.has(form)) list.push({ words, base, kind });
        listed.add(form);
        table.set(words[0], list);
      }
    }
  };
  const add1 = (form: string, base: string, kind: CueKind) => {
    if (listed.has(form)) return;
    table.set(form, [...(table.get(form) ?? []), { words: [form], base, kind }]);
    listed.add(form);
  };
  add(SPEECH_VERBS, 'speech');
  add(EXTRA_SPEECH_VERBS, 'speech');
  add(WRITING_VERBS, 'writing');
  add(REPORT_VERBS.filter((v) => v !== 'list'), 'report');
  for (const form of LIST_FORMS) add1(form, 'list', 'report');
  for (const form of RECORD_FORMS) add1(form, 'record', 'report');
  add(COGNITION_VERBS, 'cognition');
  add(STANCE_VERBS, 'speech');
  // "backed Clinton", "backs the plan": never the bare form ("came back", "back yard").
  add(['backs', 'backed'], 'speech', false);
  add(['according to', 'as reported by', 'as quoted by', 'in the words of', 'per'].filter((c) => ACCORDING_TO_CUES.includes(c)), 'according-to', false);
  for (const e of extra) {
    const forms = /(ed|s)$/.test(e) || e.includes(' ') ? [e] : inflect(e);
    for (const form of forms) {
      const words = form.split(' ');
      const list = table.get(words[0]) ?? [];
      list.unshift({ words, base: e, kind: 'speech' });
      table.set(words[0], list);
    }
  }
  // Longest multi-word cue first.
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  if (tableCache.size > 8) tableCache.clear();
  tableCache.set(key, table);
  return table;
}
