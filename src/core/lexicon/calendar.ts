// The names of the months and of the days of the week, capitalised as news writes them: a date's words, which name
// no body, no maker and no second party ("on Friday", "in June").

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The day names as a pattern alternation ("Monday|Tuesday|…"). */
export const DAY_ALTERNATION = DAY_NAMES.join('|');
/** The day and month names as a pattern alternation, days first. */
export const DATE_NAME_ALTERNATION = [...DAY_NAMES, ...MONTH_NAMES].join('|');
