// Every detector, in the order it runs. Later detectors read what earlier ones found:
// people → quotes → speakers → attributions → claims → claim status → inline control comments.
import type { Detector } from './context.js';
import { peopleDetector } from './detectors/people.js';
import { quotesDetector } from './detectors/quotes.js';
import { speakersDetector } from './detectors/speakers.js';
import { attributionsDetector } from './detectors/attributions.js';
import { claimsDetector } from './detectors/claims.js';
import { claimStatusDetector } from './detectors/claimStatus.js';
import { controlCommentsDetector } from './detectors/controlComments.js';

export const detectors: readonly Detector[] = [
  peopleDetector,
  quotesDetector,
  speakersDetector,
  attributionsDetector,
  claimsDetector,
  claimStatusDetector,
  controlCommentsDetector,
];
