// The words of a party's figure and its value: "its own forecast is 15 per cent", "the latest estimate rises only to
// 64 percent", "more than 60", "twice".
/** A party's figure that a verb gives the value of ("its own forecast is 15 per cent"). */
export const FIGURE_NOUNS = new Set(['estimate', 'estimates', 'forecast', 'forecasts', 'projection', 'projections', 'figures', 'count', 'tally', 'calculation', 'calculations', 'numbers']);
export const FIGURE_VERBS = new Set(['is', 'are', 'was', 'were', 'rises', 'rose', 'falls', 'fell', 'comes', 'came', 'stands', 'stood', 'reaches', 'reached', 'gives', 'gave']);
/** Words before a number in a value ("more than 60", "between $7 million and …"), and multiples standing for one. */
export const VALUE_LEADS = new Set(['more', 'less', 'fewer', 'than', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over', 'under', 'between', 'up', 'to', 'just', 'least']);
export const VALUE_WORDS = new Set(['twice', 'half', 'double', 'triple', 'thrice']);
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
export const FIGURE_MODIFIERS = new Set(['own', 'latest', 'official', 'internal', 'annual', 'new', 'revised', 'final', 'central', 'first']);
