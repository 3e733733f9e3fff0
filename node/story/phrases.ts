// The phrases of a story: every text in its three files of two words or more. The tests use them
// to show that a story's words are its data: none is written into the code (node/storyWords.test.ts)
// or reaches the build of another story (e2e/elsewhere.neutral.spec.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORY_FILES } from './problems.ts';

/** Words the tool itself uses of any story: a story may use them too. */
const THE_TOOLS_OWN = new Set(['the article']);

export function storyPhrases(dir: string): Set<string> {
  const phrases = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/\S\s+\S/.test(value) && !THE_TOOLS_OWN.has(value)) phrases.add(value);
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  for (const file of Object.values(STORY_FILES)) walk(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  return phrases;
}
