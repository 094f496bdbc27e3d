// The learned attribution tagger's model, built by `npm run train` (scripts/train-tagger.ts) and imported as
// JSON, so the extension, the CLI and the web bundle carry the same weights and read no file at run time.
import taggerJson from '../../../../models/attribution-tagger.json';
import { compileModel, type TaggerModel, type TaggerModelFile } from './tagger.js';

let compiled: TaggerModel | null | undefined;

/**
 * The compiled model, built on first use (so the trainer, which imports the finder, runs while the file on disk
 * is stale); null while models/attribution-tagger.json holds no features (rules alone then).
 */
export function taggerModel(): TaggerModel | null {
  if (compiled === undefined) {
    const file = taggerJson as unknown as TaggerModelFile;
    compiled = file.vocab.length > 0 ? compileModel(file) : null;
  }
  return compiled;
}
