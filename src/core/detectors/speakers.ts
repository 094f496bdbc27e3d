import type { Detector } from '../context.js';

export const speakersDetector: Detector = {
  id: 'speakers',
  description: 'Who said each quote.',
  run() {
    // not yet implemented
  },
};
