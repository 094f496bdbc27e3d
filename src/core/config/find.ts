// Finding an article's configuration: the nearest .factmark.jsonc in its folder or any folder above (the nearest
// wins, as with .editorconfig without `root`). Paths are '/'-separated: file paths in the CLI, URI strings in the
// editor; reading goes through the caller's file system (Node in the CLI, vscode.workspace.fs in the editor).
import { decodeUtf8 } from '../facts/utf8.js';
import { CONFIG_FILE_NAME, parseConfig, type ConfigParse } from './parse.js';

export interface ConfigReader {
  /** The file's bytes, or undefined when it does not exist. */
  readFile(path: string): Promise<Uint8Array | undefined>;
}

export interface FoundConfig extends ConfigParse {
  path: string;
  text: string;
}

/** The folders from the article's own up to the root (or to `stopAt`, inclusive), nearest first. */
export function foldersAbove(articlePath: string, stopAt?: string): string[] {
  const folders: string[] = [];
  let dir = articlePath.slice(0, articlePath.lastIndexOf('/'));
  // Stop at a URI's authority ("file://", "vscode-vfs://github") or an empty root.
  while (dir !== '' && !/^[a-z][\w+.-]*:\/\/[^/]*$/i.test(dir)) {
    folders.push(dir);
    if (stopAt !== undefined && dir === stopAt.replace(/\/$/, '')) break;
    dir = dir.slice(0, dir.lastIndexOf('/'));
  }
  if (dir === '' && articlePath.startsWith('/')) folders.push('');
  return folders;
}

/** Reads and parses one configuration file; undefined when it does not exist. */
export async function readConfig(path: string, fs: ConfigReader): Promise<FoundConfig | undefined> {
  const bytes = await fs.readFile(path);
  if (!bytes) return undefined;
  const decoded = decodeUtf8(bytes);
  const text = decoded.ok ? decoded.text : new TextDecoder().decode(bytes);
  return { path, text, ...parseConfig(text) };
}

/** The nearest configuration file above the article, if any. */
export async function findConfig(articlePath: string, fs: ConfigReader, stopAt?: string): Promise<FoundConfig | undefined> {
  for (const folder of foldersAbove(articlePath, stopAt)) {
    const found = await readConfig(`${folder}/${CONFIG_FILE_NAME}`, fs);
    if (found) return found;
  }
  return undefined;
}
