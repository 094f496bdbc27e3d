// Types for config.mjs, for the TypeScript tests that import it (test/ui).
export const REPO: string;
export const CACHE: string;
export const EXTENSION_ID: string;
export const FIXTURE_WORKSPACE: string;
export const CHROMIUM: string;
export function isolatedEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
export function runEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
export const OUT: string;
export function runId(): string;
export function runDir(...parts: string[]): string;
export function runTmp(): string;
