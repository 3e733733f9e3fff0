// The validator against the corpus of broken stories (fixtures/brokenStories.ts): each case must be
// reported with exactly its own messages, and the CLI must print them and exit 1.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN_STORIES } from './fixtures/brokenStories.ts';
import { poison } from './fixtures/payloads.ts';
import { storyPaths, validateStoryDir } from './loadStoryDir.ts';
import { type StoryTexts, validateStory } from './parseStory.ts';
import { formatProblem, formatWarning, STORY_FILES } from './problems.ts';

const paths = storyPaths('geo');
const real: StoryTexts = {
  story: readFileSync(paths.story, 'utf8'),
  article: readFileSync(paths.article, 'utf8'),
  places: readFileSync(paths.places, 'utf8'),
};
const errorsOf = (texts: StoryTexts): string[] => validateStory(texts).errors.map(formatProblem);

describe('the corpus of broken stories', () => {
  it('has at least 30 cases, each with its own name', () => {
    expect(BROKEN_STORIES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BROKEN_STORIES.map((c) => c.name)).size).toBe(BROKEN_STORIES.length);
  });

  it.each(BROKEN_STORIES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = validateStory({ ...real, ...c.make(real) });
    const expectLines = (lines: string[], patterns: readonly (string | RegExp)[]): void => {
      expect(lines).toHaveLength(patterns.length);
      patterns.forEach((pattern, i) => {
        if (typeof pattern === 'string') expect(lines[i]).toBe(pattern);
        else expect(lines[i]).toMatch(pattern);
      });
    };
    expectLines(result.errors.map(formatProblem), c.expected);
    expectLines(result.warnings.map(formatWarning), c.warnings ?? []);
  });
});

describe('the validator', () => {
  it('passes the bundled story', () => {
    expect(validateStory(real)).toMatchObject({ errors: [], warnings: [] });
  });

  it('accepts CRLF line endings, and still points at the right line and column', () => {
    const crlf = (s: string): string => s.replace(/\n/g, '\r\n');
    expect(errorsOf({ story: crlf(real.story), article: crlf(real.article), places: crlf(real.places) })).toEqual([]);
    const broken = crlf(real.places.replace('"id": "camp-taji"', '"id": "Camp Taji"'));
    const [problem] = validateStory({ ...real, places: broken }).errors;
    const line = broken.split('\r\n')[problem!.line - 1]!;
    expect(line.slice(problem!.column - 1)).toBe('"Camp Taji",');
  });

  it('lists every problem of a stage at once, across files', () => {
    const places = JSON.parse(real.places);
    places.features.find((f: any) => f.id === 'k1-air-base').properties.sources = [];
    places.features.find((f: any) => f.id === 'najaf').properties.confidence = 'certain';
    const story = JSON.parse(real.story);
    delete story.dek;
    const lines = errorsOf({ ...real, story: JSON.stringify(story), places: JSON.stringify(places, null, 2) });
    expect(lines).toEqual([
      'story.json:1:1 - dek: is missing (expected string)',
      expect.stringMatching(
        /^places\.geojson:\d+:\d+ najaf properties\.confidence: is in the old form \("certain"\): say what the level rates, e\.g\. \{ "claim": "That it happened here", "level": "high" \}/,
      ),
      expect.stringMatching(/^places\.geojson:\d+:\d+ k1-air-base properties\.sources: must list at least one source$/),
    ]);
  });

  it('warns of HTML and script in every text field, and still passes the story (it is shown as text)', () => {
    const files = { story: JSON.parse(real.story), article: JSON.parse(real.article), places: JSON.parse(real.places) };
    const changed = poison(files);
    const result = validateStory({ story: JSON.stringify(files.story), article: JSON.stringify(files.article), places: JSON.stringify(files.places) });
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.story).not.toBeNull();
    // Every string that now holds a '<' (five of the six payload forms, and the poisoned URLs) is
    // warned of, each once; the sixth form ({{…}} and entities) is plain text.
    const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
    const withMarkup = strings(files).filter((text) => text.includes('<')).length;
    expect(changed.texts).toBeGreaterThan(200);
    expect(withMarkup).toBeGreaterThan(200);
    expect(result.warnings).toHaveLength(withMarkup);
    expect(result.warnings.filter((w) => /(^|\.)url$|^sourceUrl$/.test(w.field))).toHaveLength(changed.urls);
    expect(result.warnings.map(formatWarning)).toContainEqual(
      expect.stringMatching(/^story\.json:\d+:\d+ - title: warning: looks like HTML or script \(".*"\); it will be shown as plain text, never as markup$/),
    );
  });

  it('reports a missing file and a missing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    try {
      cpSync('geo', dir, { recursive: true });
      rmSync(join(dir, STORY_FILES.article));
      expect(validateStoryDir(dir, dir).errors.map(formatProblem)).toEqual([
        'article.json:1:1 - (root): the file is missing: a story folder holds story.json, article.json, places.geojson',
      ]);
      expect(validateStoryDir(join(dir, 'nope'), dir).errors.map(formatProblem)).toEqual([
        'nope:1:1 - (root): is not a story folder (it does not exist or is not a directory)',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run validate', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const cli = (...args: string[]) => {
    const run = spawnSync('node', ['scripts/validate.mjs', ...args], { encoding: 'utf8' });
    return { code: run.status, out: run.stdout, err: run.stderr };
  };
  const brokenDir = (name: string): string => {
    const c = BROKEN_STORIES.find((x) => x.name === name)!;
    const dir = mkdtempSync(join(tmpdir(), 'broken-story-'));
    dirs.push(dir);
    cpSync('geo', dir, { recursive: true });
    for (const [key, text] of Object.entries(c.make(real))) writeFileSync(join(dir, STORY_FILES[key as keyof typeof STORY_FILES]), text);
    return dir;
  };

  it('exits 0 on the bundled story and says what it checked', () => {
    const { code, out } = cli();
    expect(code).toBe(0);
    expect(out).toMatch(/^✓ geo\/: story "iraq-strikes-2020-03-13" is valid: 12 paragraphs, 15 places \(12 located\), \d+ quotes\n$/);
  });

  it.each([
    'swapped longitude and latitude',
    'a quote with straight quotes where the article has curly ones',
    'invalid JSON: a stray comma, with its line and column',
    'invalid JSON: straight double quotes inside a quote, said once, at the quote that ends it',
  ])('exits 1 on "%s" and prints its problem with the folder’s path', (name) => {
    const dir = brokenDir(name);
    const { code, err } = cli(dir);
    expect(code).toBe(1);
    const lines = err.trim().split('\n');
    const expected = BROKEN_STORIES.find((x) => x.name === name)!.expected;
    expect(lines).toHaveLength(expected.length + 1);
    // A JSON error stops the check: the summary says what was not checked.
    expect(lines.at(-1)).toMatch(
      name.startsWith('invalid JSON') ? /^✗ .*: 1 error; the files' shapes and the story's rules were not checked yet: fix these first$/ : /^✗ .*: 1 error$/,
    );
    // Paths are relative to where the CLI runs, and each line matches the corpus's own.
    lines.slice(0, -1).forEach((line, i) => {
      expect(line).toMatch(/^(\.\.\/)+.*\/(places\.geojson|story\.json|article\.json):\d+:\d+ /);
      const [, rest] = /^\S+\/([^/]+)$/.exec(line.split(' ')[0]!) ?? [];
      const inCorpus = `${rest} ${line.split(' ').slice(1).join(' ')}`;
      const pattern = expected[i]!;
      if (typeof pattern === 'string') expect(inCorpus).toBe(pattern);
      else expect(inCorpus).toMatch(pattern);
    });
  });

  it('says which checks a stage’s problems kept from running', () => {
    const shapes = cli(brokenDir('extra field: a misspelt key'));
    expect(shapes.code).toBe(1);
    expect(shapes.err.trim().split('\n').at(-1)).toMatch(
      /: 1 error; the story's rules \(quotes, positions, ids across files\) were not checked yet: fix these first$/,
    );
    const rules = cli(brokenDir('swapped longitude and latitude'));
    expect(rules.err.trim().split('\n').at(-1)).toMatch(/: 1 error$/);
  });

  it('exits 2 on a usage mistake', () => {
    expect(cli('geo', 'other').code).toBe(2);
  });

  it('runs before every build: npm run build -- --story <broken> stops with the problem, before Vite', () => {
    const dir = brokenDir('swapped longitude and latitude');
    const run = spawnSync('node', ['scripts/build.mjs', '--story', dir, '--outDir', join(dir, 'dist')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/places\.geojson:\d+:\d+ camp-taji geometry\.coordinates: \[33\.5294, 44\.2775\] looks like \[latitude, longitude\]/);
    expect(run.stdout).not.toContain('vite');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});
