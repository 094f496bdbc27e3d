import type { Detector } from '../context.js';

export const claimStatusDetector: Detector = {
  id: 'claimStatus',
  description: 'Whether each claim is attributed, cited or unsourced.',
  run() {
    // not yet implemented
  },
};
