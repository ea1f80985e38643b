// How a selected word is shown in menus and questions. Dependency-light: the quick first stage (server.ts) uses it.
import { maskDigits } from '../engine/mask';

/** A number (a card, a phone) is masked, as the allow-list titles do; any other word is shown as selected. */
export function shownTerm(word: string): string {
  return /(?:[0-9０-９][^0-9０-９]?){4}/.test(word) ? maskDigits(word) : word;
}
