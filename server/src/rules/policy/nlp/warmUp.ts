// Lets the engine run the word-class scans of each sentence ahead of the rules, slice by slice in the server
// (engine/postAnalysis.ts prepareAnalysis): the first semantic rule then finds them done instead of scanning a
// huge post in one block.
import { registerSentenceWarmUp } from '../../../engine/postAnalysis';
import { find, lexicon } from './lexicon';
import { compileWordClasses, GROUP_ENTRIES } from './wordClasses';

registerSentenceWarmUp((morphology, sentence) => {
  compileWordClasses(morphology);
  // Any compiled word class will do: one scan finds the words of all of them, and is kept with the token list.
  const any = lexicon(morphology, 'discrimination.groups', GROUP_ENTRIES);
  find(sentence.tokens, any);
  if (sentence.own !== sentence.tokens) find(sentence.own, any);
});
