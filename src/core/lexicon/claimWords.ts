// Words that make a sentence worth checking (numbers, comparisons, causes, events) and words that make it
// opinion, speculation or conversation instead. Used by the claim scorer; weights live there.

export const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand',
  'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'trillions', 'dozen', 'dozens', 'half',
  'twice', 'double', 'doubled', 'triple', 'tripled', 'quadrupled', 'third', 'quarter', 'percent', 'per cent',
  // Fractions ("roughly a fifth of the state's output", "two-thirds of voters").
  'thirds', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths',
]);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Comparatives, superlatives and records: "the lowest rate ever", "more than any other country". */
export const COMPARISON_WORDS = new Set([
  'more', 'less', 'fewer', 'most', 'least', 'than', 'highest', 'lowest', 'largest', 'biggest', 'smallest', 'best',
  'worst', 'record', 'ever', 'first', 'last', 'only', 'greatest', 'fastest', 'slowest', 'longest', 'shortest',
  'higher', 'lower', 'larger', 'bigger', 'smaller', 'faster', 'slower', 'increase', 'increased', 'increases',
  'decrease', 'decreased', 'rise', 'rose', 'risen', 'fell', 'fallen', 'drop', 'dropped', 'doubled', 'tripled',
  'grew', 'grown', 'declined', 'surged', 'plunged', 'soared', 'historic', 'unprecedented', 'majority', 'minority',
  'average', 'rate', 'total', 'top', 'leading', 'richest', 'poorest', 'deadliest', 'cheapest', 'history',
  'almost', 'nearly', 'already', 'including', 'since', 'still', 'anymore', 'again',
]);

export const CAUSAL_PHRASES = [
  'because', 'due to', 'caused', 'causes', 'cause of', 'led to', 'leads to', 'lead to', 'resulted in',
  'results in', 'result of', 'as a result', 'thanks to', 'responsible for', 'blamed', 'therefore', 'contributed to',
  'owing to', 'in order to', 'which means', 'so that', 'killed', 'destroyed', 'created', 'eliminated',
];

/** Verbs of things that happened or were done: the backbone of an event claim. */
export const EVENT_VERBS = new Set([
  'voted', 'signed', 'passed', 'won', 'lost', 'killed', 'died', 'held', 'visited', 'met', 'launched', 'approved',
  'rejected', 'banned', 'cut', 'raised', 'spent', 'paid', 'sold', 'bought', 'built', 'closed', 'opened',
  'created', 'eliminated', 'increased', 'reduced', 'invaded', 'attacked', 'arrested', 'charged', 'convicted',
  'sued', 'fired', 'hired', 'elected', 'appointed', 'resigned', 'founded', 'funded', 'received', 'donated',
  'supported', 'opposed', 'introduced', 'announced', 'released', 'imposed', 'lifted', 'sent', 'took', 'gave',
  'made', 'became', 'started', 'ended', 'shown', 'showed', 'returned', 'extended', 'faced', 'brought', 'moved',
  'endorsed', 'backed', 'blocked', 'vetoed', 'withdrew', 'agreed', 'refused', 'failed', 'admitted', 'owned',
  'ran', 'led', 'served', 'worked', 'wrote', 'published', 'tested', 'fired', 'struck', 'seized', 'has', 'had',
  'told', 'said', 'went', 'lost', "didn't", 'never', 'got', 'came', 'left', 'knew', 'saw', 'seen', 'done',
  'have', 'is', 'are', 'was', 'were', 'stands', 'stood', 'costs', 'cost', 'employs', 'employed', 'controls',
  // Past forms of things that happen with no -ed to show it ("The Fenn burst its banks in January 2020").
  'burst', 'broke', 'sank', 'froze', 'shook', 'blew', 'swept',
  // A result in sport ("Brackley beat Orrell on Sunday"); "drew" is left out, as "drew criticism" is not one:
  // a drawn match shows by its score (SCORE_WORD in claims.ts).
  'beat',
]);

/** Statistical and official nouns: "unemployment", "deficit", "taxes". */
export const STAT_NOUNS = new Set([
  'unemployment', 'jobs', 'job', 'deficit', 'debt', 'taxes', 'tax', 'budget', 'economy', 'gdp', 'inflation',
  'wages', 'income', 'crime', 'murders', 'population', 'immigrants', 'poverty', 'emissions', 'prices', 'votes',
  'funding', 'spending', 'revenue', 'profits', 'sales', 'exports', 'imports', 'trade', 'law', 'bill', 'treaty',
  'deal', 'sanctions', 'premiums', 'insurance', 'citizens', 'workers', 'companies', 'countries', 'federal',
  'business', 'businesses', 'health', 'drugs', 'illegal', 'border', 'military', 'war', 'nuclear', 'oil', 'energy',
  'americans', 'government', 'election', 'program', 'plan', 'rates', 'percent', 'money', 'dollars', 'cost',
  'costs', 'salary', 'pension', 'medicare', 'medicaid', 'security', 'police', 'prison', 'court', 'congress',
  'senate', 'vote', 'voted', 'amnesty', 'refugees', 'visa', 'citizenship', 'tariffs', 'manufacturing',
]);

/** First-person stance and conversational openers: opinion, not a checkable statement. */
export const OPINION_PHRASES = [
  'i think', 'i believe', 'i feel', 'i hope', 'i want', 'i wish', 'i guess', 'i mean', 'in my opinion', 'i am sure',
  "i'm sure", 'we need', 'we must', 'we should', 'we have to', "we've got to", "let's", 'let me', 'i would',
  "i'd", 'i will', "i'll", 'we will', "we'll", "we're going to", "i'm going to", 'going to', 'thank you',
  'thanks', 'please', 'of course', 'i know', 'you know', 'believe me', 'frankly', 'honestly', 'i love',
  'we want', 'i would like', 'good evening', 'good morning', 'welcome', 'ladies and gentlemen',
];

/** Modal and hedging words: speculation about the future, not a record of the past. */
export const HEDGES = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'perhaps', 'maybe', 'possibly', 'probably', 'hopefully', 'if']);

/** Clause joints where one sentence holds two claims with different standing. */
export const CONTRAST_JOINTS = [', although ', ', though ', ', but ', '; ', ', while ', ', whereas ', ', yet '];
