// URI helpers shared by both stages of the server. Dependency-free on purpose: dist/server.js (the quick
// first stage) imports this, and must not pull in the config loader (zod) for one list of file names.
import { fileURLToPath } from 'node:url';

import { CONFIG_FILE_NAMES } from '../config/fileNames';

export { CONFIG_FILE_NAMES };

/**
 * The local path of a `file:` URI, or undefined for any other (untitled:, or file://host/… which names another
 * machine): such a document is still checked, with the workspace's config. Never throws: a malformed escape (`%zz`)
 * is kept as written instead of making the document uncheckable.
 */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    try {
      // Only the escapes are bad: decode the valid ones, keep the rest literally.
      const lenient = uri.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
      return fileURLToPath(lenient);
    } catch {
      return undefined; // file://otherhost/…: not a path on this machine
    }
  }
}

export function isConfigUri(uri: string): boolean {
  return CONFIG_FILE_NAMES.some((n) => uri.endsWith(`/${n}`));
}
