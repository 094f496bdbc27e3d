// Types for code-server.mjs, for the TypeScript tests that import it (test/ui).
export interface CodeServer {
  url: string;
  host: string;
  log: string;
  stop(): Promise<void>;
}
export const SETTINGS: Record<string, unknown>;
export function freePort(): Promise<number>;
export function startCodeServer(options: {
  dir: string;
  userDataDir?: string;
  extensionsDir?: string;
  settings?: Record<string, unknown>;
}): Promise<CodeServer>;
export function workbenchUrl(server: CodeServer, options?: {
  folder?: string;
  extensionDevelopmentPath?: string;
  extensionTestsPath?: string;
}): string;
