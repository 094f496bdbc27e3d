// Named people and how later mentions (surnames, pronouns) refer back to them.
import type { Detector, PersonIndex } from '../context.js';

export function emptyPersonIndex(): PersonIndex {
  return { mentions: [], resolve: (surface) => surface };
}

export const peopleDetector: Detector = {
  id: 'people',
  description: 'Finds named people and resolves surnames and pronouns to full names.',
  run() {
    // TODO(helper A): build the person index.
  },
};
