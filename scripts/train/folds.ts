// A seeded shuffle, so cross-validation folds are the same on every machine.
import { mulberry32 } from '../random.js';

export function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  const next = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
