import * as lexicon from '../../src/scam/lexicon.ts';

/** Every non-empty word list the lexicon exports (compiled by the assessment with `wordRegex`). */
export const WORD_LISTS: [string, readonly string[]][] = Object.entries(lexicon)
  .filter((e): e is [string, readonly string[]] => Array.isArray(e[1]) && e[1].length > 0)
  .filter(([, v]) => v.every((w) => typeof w === 'string'));

/** Every non-empty pattern list the lexicon exports (compiled by the assessment with `anyOf`). */
export const PATTERN_LISTS: [string, readonly RegExp[]][] = Object.entries(lexicon)
  .filter((e): e is [string, readonly RegExp[]] => Array.isArray(e[1]) && e[1].length > 0)
  .filter(([, v]) => v.every((r) => r instanceof RegExp));
