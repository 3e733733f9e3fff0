// A story's words are its data: no phrase of the bundled story (geo/) is written into the code that
// serves every story (src/, shared/, node/). Its kinds, credits, counts and notes come from its story.json,
// so another story never shows them and the bundled one can change them without a code change.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyPhrases } from './story/phrases.ts';

/** The code and styles every story is built with; tests and their fixture stories are not. */
function codeFiles(): string[] {
  return ['src', 'shared', 'node'].flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|css|html)$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.split('/').includes('fixtures'))
      .map((f) => join(root, f)),
  );
}

describe('the code', () => {
  it('holds no phrase of the bundled story', () => {
    const phrases = storyPhrases('geo');
    expect(phrases.size).toBeGreaterThan(100);
    const found = codeFiles().flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...phrases].filter((p) => text.includes(p)).map((p) => `${file}: ${JSON.stringify(p)}`);
    });
    expect(found).toEqual([]);
  });
});
