// Named people and how later mentions (surnames, pronouns) refer back to them. Works on capitalised word runs of
// the masked prose: a run is a person when a title introduces it ("Chief Cabinet Secretary Hirokazu Matsuno",
// "Mr. Clarke"), when it starts with a common given name ("Hillary Clinton"), or when it is two to four name-like
// words with nothing place- or organisation-like in them ("Fumio Kishida"). A lone capitalised word is a person
// when it is the surname (or given name) of a full name in the same article ("Kishida").
// The parts live under people/: scan (capitalised words), mentions (runs to people), nameIndex (surnames to full
// names), roles (titles and appositions) and coreference (pronouns, surnames and role nouns to full names).
import type { Detector, DetectorContext, PersonIndex, PersonMention } from '../context.js';
import { isTitleCase } from './people/scan.js';
import { appositiveTitle, collectBlock, type Token } from './people/mentions.js';
import { linkSingles } from './people/nameIndex.js';
import { resolve, type People } from './people/coreference.js';
import { assignGenders } from './people/genders.js';
import { buildRoles } from './people/roles.js';
import { agedRoles } from './people/agedRoles.js';
import { defendantRoles } from './people/defendants.js';
import { relativeRoles } from './people/relativeRoles.js';
import { leaderRoles } from './people/leaders.js';
import { addOneNames } from './people/oneNames.js';
import { resolvePair } from './people/coordinated.js';
import { addSharedSurnames } from './people/sharedSurname.js';

export { isTitleCase, nextCapitalised, type Found } from './people/scan.js';
export { isAcronym } from './people/mentions.js';
export { mentionsBetween, sentenceAt } from './people/coreference.js';

/** One answer of resolve, and the one asked before it at the same offset. */
interface Asked {
  surface: string;
  answer: string;
  next: Asked | undefined;
}

export function emptyPersonIndex(): PersonIndex {
  return { mentions: [], resolve: (surface) => surface };
}

export const peopleDetector: Detector = {
  id: 'people',
  description: 'Finds named people and resolves surnames and pronouns to full names.',
  run(ctx) {
    ctx.people = buildPersonIndex(ctx);
  },
};

export function buildPersonIndex(ctx: DetectorContext): PersonIndex {
  const { text, masked } = ctx.doc;
  const mentions: PersonMention[] = [];
  const singles: Token[] = [];
  for (const block of ctx.doc.blocks) if (!isTitleCase(masked, block.start, block.end)) collectBlock(text, masked, block, mentions, singles);
  addSharedSurnames(masked, mentions, singles);
  const index = linkSingles(mentions, singles, masked);
  mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) if (!m.title) appositiveTitle(masked, m);
  addOneNames(masked, ctx.sentences, mentions, singles);
  assignGenders(text, mentions);
  const people: People = { mentions, index, names: new Set(mentions.map((m) => m.name)), roles: [...buildRoles(masked, mentions), ...agedRoles(masked, mentions), ...defendantRoles(masked, mentions), ...relativeRoles(masked, mentions), ...leaderRoles(masked, mentions)].sort((a, b) => a.at - b.at) };
  // Speakers, attributions and claim status ask again about the same words at the same place (a third to a half of
  // the asks). An answer also depends on the quotes (no one named inside one is a he or she), so the memo starts
  // over whenever the quote list is replaced. Keyed by offset, each offset's words in a short list (a key made of
  // both was a new string to build and hash per ask).
  const memo = new Map<number, Asked>();
  let memoQuotes = ctx.quotes;
  return {
    mentions,
    resolve: (surface, offset) => {
      if (ctx.quotes !== memoQuotes) {
        memo.clear();
        memoQuotes = ctx.quotes;
      }
      const here = memo.get(offset);
      for (let a = here; a !== undefined; a = a.next) if (a.surface === surface) return a.answer;
      const one = resolve(ctx, people, surface, offset);
      const answer = one !== surface ? one : resolvePair(surface, offset, (part, at) => resolve(ctx, people, part, at)) ?? one;
      memo.set(offset, { surface, answer, next: here });
      return answer;
    },
  };
}
