// Every detector, in the order it runs. Later detectors read what earlier ones found:
// too-complex (what the parser was spared) → people → quotes → speakers → attributions → source names → claims → vague
// sourcing → claim status → vague sourcing no claim reports → inline control comments.
import type { Detector } from './context.js';
import { tooComplexDetector } from './detectors/tooComplex.js';
import { peopleDetector } from './detectors/people.js';
import { quotesDetector } from './detectors/quotes.js';
import { speakersDetector } from './detectors/speakers.js';
import { attributionsDetector } from './detectors/attributions.js';
import { sourceNamesDetector } from './detectors/sourceNames.js';
import { claimsDetector } from './detectors/claims.js';
import { claimStatusDetector } from './detectors/claimStatus.js';
import { vagueProblemsDetector, vagueSourcesDetector } from './detectors/vagueSources.js';
import { controlCommentsDetector } from './detectors/controlComments.js';

export const detectors: readonly Detector[] = [
  tooComplexDetector,
  peopleDetector,
  quotesDetector,
  speakersDetector,
  attributionsDetector,
  sourceNamesDetector,
  claimsDetector,
  vagueSourcesDetector,
  claimStatusDetector,
  vagueProblemsDetector,
  controlCommentsDetector,
];
