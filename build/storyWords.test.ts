// A story's words are its data: no phrase of the bundled story (geo/) is written into the code that
// serves every story (src/, build/). Its kinds, credits, counts and notes come from its story.json,
// so another story never shows them and the bundled one can change them without a code change.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORY_FILES } from './story/problems.ts';

/** Words the tool itself uses of any story: the bundled story uses them too, as every story may. */
const THE_TOOLS_OWN = new Set(['the article']);

/** Every text in the bundled story's files of two words or more. */
function bundledPhrases(): Set<string> {
  const phrases = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/\S\s+\S/.test(value) && !THE_TOOLS_OWN.has(value)) phrases.add(value);
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  for (const file of Object.values(STORY_FILES)) walk(JSON.parse(readFileSync(join('geo', file), 'utf8')));
  return phrases;
}

/** The code and styles every story is built with; tests and their fixture stories are not. */
function codeFiles(): string[] {
  return ['src', 'build'].flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|css|html)$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.split('/').includes('fixtures'))
      .map((f) => join(root, f)),
  );
}

describe('the code', () => {
  it('holds no phrase of the bundled story', () => {
    const phrases = bundledPhrases();
    expect(phrases.size).toBeGreaterThan(100);
    const found = codeFiles().flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...phrases].filter((p) => text.includes(p)).map((p) => `${file}: ${JSON.stringify(p)}`);
    });
    expect(found).toEqual([]);
  });
});
