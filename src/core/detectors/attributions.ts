import type { Detector } from '../context.js';

export const attributionsDetector: Detector = {
  id: 'attributions',
  description: 'Source / cue / content attribution triples.',
  run() {
    // not yet implemented
  },
};
