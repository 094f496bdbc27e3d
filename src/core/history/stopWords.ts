// English function words dropped from the claim history's search terms.

/** Function words that say nothing about what a claim is about (a short list: BM25's idf handles the rest). */
export const STOP_WORDS = new Set(`a an the and or but if of at by for with about against between into through during
before after above below to from up down in out on off over under again further then once here there when where why
how all any both each few more most other some such no nor not only own same so than too very s t can will just
don should now is are was were be been being have has had having do does did doing i me my we our you your he him
his she her it its they them their what which who whom this that these those am would could rt via amp`.split(/\s+/));

