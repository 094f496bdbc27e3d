import type { Detector } from '../context.js';

export const claimsDetector: Detector = {
  id: 'claims',
  description: 'Check-worthy statements with a score and reasons.',
  run() {
    // not yet implemented
  },
};
