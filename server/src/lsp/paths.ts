// URI helpers shared by both stages of the server. Dependency-free on purpose: dist/server.js (the quick
// first stage) imports this, and must not pull in the config loader (zod) for one list of file names.
import { fileURLToPath } from 'node:url';

import { CONFIG_FILE_NAMES } from '../config/fileNames';

export { CONFIG_FILE_NAMES };

export function uriToPath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

export function isConfigUri(uri: string): boolean {
  return CONFIG_FILE_NAMES.some((n) => uri.endsWith(`/${n}`));
}
