// The three tiers hold: src/ (the browser's), node/ (Node's) and shared/ (the pure code both run) may
// import only what CONTRIBUTING.md says. Each rule is tried on a file that breaks it, in a folder of
// its own laid out like the repository, with the repository's own biome.jsonc and tsconfig.shared.json.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve('.');
const tmp = mkdtempSync(join(tmpdir(), 'tiers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The import-rule errors Biome gives `files` (path → source), laid out as in the repository. */
function importErrors(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmp, 'lint-'));
  copyFileSync(join(repo, 'biome.jsonc'), join(dir, 'biome.jsonc'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  const run = spawnSync(join(repo, 'node_modules/.bin/biome'), ['lint', '--vcs-enabled=false', '--colors=off', '--reporter=github', '.'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return run.stdout
    .split('\n')
    .filter((line) => line.includes('noRestrictedImports'))
    .map((line) => relative(dir, /file=([^,]+)/.exec(line)![1]!))
    .sort();
}

describe('what each tier may import (Biome)', () => {
  it('the browser’s code may not import node/, scripts/, a node: module or zod; its tests may', () => {
    expect(
      importErrors({
        'src/a.ts': "import { checkStory } from '../node/story/checkStory.ts';\nexport const a = checkStory;\n",
        'src/b.ts': "import { readFileSync } from 'node:fs';\nexport const b = readFileSync;\n",
        'src/c.ts': "import { z } from 'zod';\nexport const c = z;\n",
        'src/d.ts': "import { serve } from '../scripts/serve.mjs';\nexport const d = serve;\n",
        'src/e.ts': "import { storyWords } from '../shared/story/words.ts';\nexport const e = storyWords;\n",
        'src/e.test.ts': "import { loadStoryDir } from '../node/story/loadStoryDir.ts';\nexport const t = loadStoryDir;\n",
      }),
    ).toEqual(['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/d.ts']);
  });

  it('shared/ may not import src/, node/, a node: module or React and Leaflet; zod it may', () => {
    expect(
      importErrors({
        'shared/story/a.ts': "import { App } from '../../src/App.tsx';\nexport const a = App;\n",
        'shared/story/b.ts': "import { checkStory } from '../../node/story/checkStory.ts';\nexport const b = checkStory;\n",
        'shared/story/c.ts': "import { join } from 'node:path';\nexport const c = join;\n",
        'shared/story/d.ts': "import { map } from 'leaflet';\nexport const d = map;\n",
        'shared/story/e.ts': "import { z } from 'zod';\nexport const e = z;\n",
      }),
    ).toEqual(['shared/story/a.ts', 'shared/story/b.ts', 'shared/story/c.ts', 'shared/story/d.ts']);
  });

  it('node/ may not import the browser’s src/; shared/ it may', () => {
    expect(
      importErrors({
        'node/a.ts': "import { App } from '../src/App.tsx';\nexport const a = App;\n",
        'node/b.ts': "import { storyWords } from '../shared/story/words.ts';\nexport const b = storyWords;\n",
      }),
    ).toEqual(['node/a.ts']);
  });
});

describe('shared/ runs in both (tsc, tsconfig.shared.json)', () => {
  /** tsc's errors on `source`, as a file of shared/ checked by the repository's tsconfig.shared.json. */
  function typeErrors(source: string): string[] {
    const dir = mkdtempSync(join(tmp, 'tsc-'));
    writeFileSync(join(dir, 'probe.ts'), source);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: join(repo, 'tsconfig.shared.json'),
        compilerOptions: { tsBuildInfoFile: null, typeRoots: [join(repo, 'node_modules/@types')] },
        include: ['probe.ts', join(repo, 'shared/web.d.ts')],
        exclude: [],
      }),
    );
    const run = spawnSync(join(repo, 'node_modules/.bin/tsc'), ['-p', dir], { encoding: 'utf8' });
    return [...run.stdout.matchAll(/error (TS\d+): Cannot find name '(\w+)'/g)].map((m) => m[2]!);
  }

  it('has neither the DOM nor Node: `document` and `process` are unknown there', () => {
    expect(typeErrors('export const a = document.title;\nexport const b = process.env.HOME;\n')).toEqual(['document', 'process']);
  });

  it('has the URL classes, which both give', () => {
    expect(typeErrors("export const a = new URL('embed.html', 'https://example.org/').searchParams.get('place');\n")).toEqual([]);
  });
});
