// URI helpers shared by both stages of the server. Dependency-free on purpose: dist/server.js (the quick
// first stage) imports this, and must not pull in the config loader (zod) for one list of file names.
import { fileURLToPath } from 'node:url';

/**
 * The team config file names, nearest directory first, in the order the loader tries them. A copy of
 * CONFIG_FILE_NAMES in config/load.ts (which imports zod); test/protocol/staging.test.ts checks they agree.
 */
export const CONFIG_FILE_NAMES = ['.postpolicy.json', '.postpolicy.yaml', '.postpolicy.yml'] as const;

export function uriToPath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

export function isConfigUri(uri: string): boolean {
  return CONFIG_FILE_NAMES.some((n) => uri.endsWith(`/${n}`));
}
