import type { Detector } from '../context.js';

export const quotesDetector: Detector = {
  id: 'quotes',
  description: 'Direct quotations in any common quotation-mark style.',
  run() {
    // not yet implemented
  },
};
