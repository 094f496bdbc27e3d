// Why a source is not named, put together from its parts rather than listed phrase by phrase: blind news showed the
// reasons are worded in endless ways ("who would not give her name", "whose identity we are protecting", "who could
// lose his licence if identified", "who is not supposed to talk to reporters"), and a list of whole phrases found a
// third of them. An aside withholds a name when it speaks of a name, an identity or anonymity together with a word
// that keeps it back; when it says its speaker may not speak; or when it puts the words off the record.

/** The source's own name or identity ("her name", "if named", "not be identified", "to name him", "quoted by name"),
 *  not a name it gives ("who named the contractor"). */
const IDENTITY = /\b(?:(?:his|her|their|its|my|our|whose)\s+(?:(?:real|full|own|first|last)\s+)?(?:names?|surnames?|identit(?:y|ies))|(?:be|been|being|is|was|were|are|if|when|unless|not|n[’']t|cannot)\s+(?:\p{L}+\s+)?(?:named|identified|identifiable)|(?:name|identify)\s+(?:him|her|them|himself|herself|themselves)\b|quoted\s+by\s+name)/iu;
/** What keeps it back: a negation, a condition, a request, withholding or protecting ("if named", "asked that her
 *  name not be used", "whose name is withheld", "whose identity we are protecting"). */
const KEEPS_BACK = /\b(?:not|never|cannot|without|no|n[’']t|if|unless|withh[eo]ld\w*|protect\w*|declin\w*|refus\w*|ask\w*|request\w*|prefer\w*|insist\w*|wish\w*|want\w*|rather|remain\w*|stay\w*|granted|kept|keep\w*|condition|understanding|spoke|speaking|speaks|talk\w*)\b/iu;
/** Anonymity said outright needs nothing else ("who asked to remain anonymous", "speaking anonymously"). */
const OUTRIGHT = /\b(?:anonymity|anonymous(?:ly)?|unnamed|nameless|without\s+attribution|off\s+the\s+record|on\s+(?:deep\s+)?background|in\s+confidence|confidentially|privately|in\s+private)\b/iu;
/** Words of leave to speak, whose infinitive says what a source may not say ("not authorized to discuss"); one list
 *  for this reason test and the attribution finder, which takes no cue from what may not be said. */
export const PERMITTED_WORDS = new Set(['authorized', 'authorised', 'allowed', 'permitted', 'cleared', 'supposed', 'free', 'entitled', 'empowered']);
/** Not free to speak: "who is not permitted to talk to reporters", "who was not supposed to discuss the matter". */
const NOT_FREE = new RegExp(String.raw`\b(?:not|n[’']t|never)\s+(?:\p{L}+\s+)?(?:${[...PERMITTED_WORDS].join('|')})\s+to\s+(?:\p{L}+\s+)?(?:be\s+)?(?:speak|talk|comment|discuss|brief|be\s+quoted|go\s+on\s+the\s+record)`, 'iu');
/** "on the record" kept back: "who would not be drawn on the record". */
const NOT_ON_RECORD = /\b(?:not|n[’']t|never|only\s+off)\b.*\bon\s+the\s+record\b/iu;
/** Where an aside about the source may begin: a relative, a participle of speaking, a condition or a reason. */
const LEAD = /^\s*,?\s*(?:who(?:se|m)?|speaking|talking|on|because|as|and|having|under|in\s+return)\b/iu;
/** Where it ends: the next comma, dash, semicolon, colon or sentence end, or a quotation mark. */
const END = /[,;:.!?—–“”"]/u;

/** Does the aside at the start of `text` (", who …" up to its comma) give a reason for not naming its source? */
export function withholdsName(text: string): boolean {
  let rest = text;
  // Asides chained by ", and" ("who attended two sessions, and who was not permitted to brief") are tried in turn.
  for (let n = 0; n < 3 && LEAD.test(rest); n++) {
    const body = rest.replace(/^\s*,?\s*/, '');
    if (givesReason(body)) return true;
    const stop = body.search(END);
    if (stop < 0 || body[stop] !== ',') return false;
    rest = body.slice(stop).replace(/^,\s*and\b/u, ',');
  }
  return false;
}

/** A sentence that follows a source left unnamed and says why, its subject pointing back ("She asked that her name
 *  not be used.", "The engineer spoke on condition of anonymity."). */
const POINTING_BACK = /^\s*(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+(?=\p{Ll})/u;

/** Does a source phrase say its source may not speak ("an official not authorized to talk about the case")? */
export function notFreeToSpeak(source: string): boolean {
  return NOT_FREE.test(source);
}

/** Does the sentence at the start of `text` say why the source before it is not named? */
export function explainsWithholding(text: string): boolean {
  const subject = POINTING_BACK.exec(text);
  return subject !== null && givesReason(text.slice(subject[0].length));
}

/** The reason test on a clause, up to its first comma or stop. */
function givesReason(body: string): boolean {
  const stop = body.search(END);
  const aside = (stop < 0 ? body : body.slice(0, stop)).slice(0, 160);
  if (OUTRIGHT.test(aside) || NOT_FREE.test(aside) || NOT_ON_RECORD.test(aside)) return true;
  const identity = IDENTITY.exec(aside);
  if (identity === null) return false;
  // "if named", "not identified": the condition or the negation is part of the match. Otherwise the word that keeps
  // the name back stands apart, before it ("would not give her name") or after ("whose name is withheld").
  return /^(?:if|unless|not|n[’']t|cannot)\b/iu.test(identity[0]) || KEEPS_BACK.test(aside.replace(identity[0], ' '));
}
