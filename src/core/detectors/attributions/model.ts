// The learned attribution tagger's model, built by `npm run train` (scripts/train-tagger.ts) and imported as
// JSON, so the extension, the CLI and the web bundle carry the same weights and read no file at run time.
import taggerJson from '../../../../models/attribution-tagger.json';
import { compileModel, type TaggerModel, type TaggerModelFile } from './tagger.js';

/** The compiled model; null while models/attribution-tagger.json holds no features (rules alone then). */
export const TAGGER: TaggerModel | null = (taggerJson as TaggerModelFile).vocab.length > 0 ? compileModel(taggerJson as TaggerModelFile) : null;
