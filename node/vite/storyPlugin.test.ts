// How the build ships a story: a short one inside the code (one request fewer), a long one as a file
// of its own that the HTML loads with the code, together with the code a long story needs (clusters,
// the searchable list), so nothing waits for a render to discover it. The story page fetches the
// story as JSON; the embed, which must work where a fetch needs CORS, runs it as a classic script.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_GLOBAL } from '../../shared/embed/dataScript.ts';
import { CLUSTER_THRESHOLD, LONG_LIST } from '../../shared/story/scale.ts';
import { writeSyntheticStory } from '../perf/syntheticStory.ts';
import { validateStoryDir } from '../story/loadStoryDir.ts';
import { INLINE_STORY_LIMIT } from './storyPlugin.ts';

const tmp = mkdtempSync(join(tmpdir(), 'story-plugin-'));
const env = { ...process.env, NODE_ENV: 'production' };

function build(storyDir: string, outDir: string): void {
  const built = spawnSync('node', ['scripts/build.mjs', '--story', storyDir, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    encoding: 'utf8',
    env,
  });
  if (built.status !== 0) throw new Error(`the build of ${storyDir} failed:\n${built.stderr}`);
}
const assets = (dir: string) => readdirSync(join(dir, 'assets'));
const links = (html: string) => [...html.matchAll(/<link [^>]*>/g)].map((m) => m[0]);
/** What the page's one script, the boot script (src/boot/), loads once the page has painted. */
function bootLoads(html: string): { module: string | null; preload: string[]; scripts: string[] } {
  const tags = [...html.matchAll(/<script [^>]*>/g)].map((m) => m[0]);
  expect(tags).toHaveLength(1);
  const data = (name: string) => new RegExp(`\\sdata-${name}="([^"]*)"`).exec(tags[0]!)?.[1] ?? null;
  const list = (name: string) => data(name)?.split(' ') ?? [];
  return { module: data('module'), preload: list('preload'), scripts: list('scripts') };
}

describe('the story in the build', () => {
  const long = join(tmp, 'long-story');
  const longSite = join(tmp, 'long-site');
  const shortSite = join(tmp, 'short-site');
  beforeAll(() => {
    writeSyntheticStory(long, 400);
    build(long, longSite);
    build('geo', shortSite);
  }, 240_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('builds the embed for an opaque-origin frame: classic tags only, and no import(), import.meta or fetch() in its code', () => {
    const html = readFileSync(join(shortSite, 'embed.html'), 'utf8').replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
    expect(html).not.toMatch(/type="module"|crossorigin|modulepreload/);
    const loads = bootLoads(html);
    expect(loads.module).toBeNull();
    const scripts = loads.scripts.map((file) => file.replace(/^\.\//, ''));
    // The embed's chunks (node/vite/classicChunks.ts), its entry last; the live map is one loaded later.
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) expect(script).toMatch(/^assets\/embed\/[\w-]+\.js$/);
    expect(scripts.at(-1)).toMatch(/^assets\/embed\/embed-[\w-]+\.js$/);
    const chunks = readdirSync(join(shortSite, 'assets/embed'));
    expect(chunks.some((f) => /^NewsMap-[\w-]+\.js$/.test(f) && !scripts.includes(`assets/embed/${f}`))).toBe(true);
    const code = chunks.map((chunk) => readFileSync(join(shortSite, 'assets/embed', chunk), 'utf8')).join('\n');
    expect(code).not.toMatch(/\bimport\(|import\.meta|\bfetch\(/);
    // The detailed basemap and the neighbours: classic data scripts, loaded on demand.
    const data = assets(shortSite).filter((f) => /^(detail|context)\.topo-[\w-]+\.js$/.test(f) && code.includes(f));
    expect(data).toHaveLength(2);
  });

  it('inlines a short story in the code: no story file, no preload', () => {
    expect(JSON.stringify(validateStoryDir('geo').story).length).toBeLessThanOrEqual(INLINE_STORY_LIMIT);
    expect(assets(shortSite).filter((f) => f.startsWith('story-'))).toEqual([]);
    for (const page of ['index.html', 'embed.html']) {
      const html = readFileSync(join(shortSite, page), 'utf8');
      expect(
        links(html).filter((l) => /rel="preload"|ClusterLayer|LongPlacesList/.test(l)),
        page,
      ).toEqual([]);
    }
  });

  it('ships a long story as a JSON file equal to the checked story, and none of it in the code', () => {
    const story = validateStoryDir(long).story!;
    expect(JSON.stringify(story).length).toBeGreaterThan(INLINE_STORY_LIMIT);
    const files = assets(longSite).filter((f) => /^story-[\w-]+\.json$/.test(f));
    expect(files).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(longSite, 'assets', files[0]!), 'utf8'))).toEqual(story);
    const scripts = assets(longSite).filter((f) => /^story-[\w-]+\.js$/.test(f));
    expect(scripts).toHaveLength(1);
    const self: Record<string, any> = {};
    runInNewContext(readFileSync(join(longSite, 'assets', scripts[0]!), 'utf8'), { self });
    expect(self[DATA_GLOBAL].story).toEqual(story);
    const code = assets(longSite)
      .filter((f) => f.endsWith('.js') && !f.startsWith('story-'))
      .map((f) => readFileSync(join(longSite, 'assets', f), 'utf8'))
      .join('\n');
    expect(code).not.toContain('Place 400');
    expect(code).toContain(files[0]);
  });

  it('preloads, on the story page, the story file and the code a long story renders at once', () => {
    const story = validateStoryDir(long).story!;
    expect(story.places.filter((p) => p.position).length).toBeGreaterThan(CLUSTER_THRESHOLD);
    expect(story.places.length).toBeGreaterThan(LONG_LIST);
    const json = assets(longSite).find((f) => f.startsWith('story-'))!;
    const cluster = assets(longSite).find((f) => /^ClusterLayer-[\w-]+\.js$/.test(f))!;
    const list = assets(longSite).find((f) => /^LongPlacesList-[\w-]+\.js$/.test(f))!;
    const l = links(readFileSync(join(longSite, 'index.html'), 'utf8'));
    expect(l).toContain(`<link rel="preload" href="./assets/${json}" as="fetch" crossorigin="anonymous">`);
    // Code: named to the boot script, which preloads it with the page's code once the page has painted.
    const html = readFileSync(join(longSite, 'index.html'), 'utf8');
    expect(bootLoads(html).preload).toEqual(expect.arrayContaining([`./assets/${cluster}`, `./assets/${list}`]));
    expect(bootLoads(html).module).toMatch(/^\.\/assets\/index-[\w-]+\.js$/);
    expect(l.filter((tag) => tag.includes('modulepreload'))).toEqual([]);
  });

  it('loads, in the embed, the story script before the code, which holds the cluster layer and the long list', () => {
    const html = readFileSync(join(longSite, 'embed.html'), 'utf8');
    const { scripts } = bootLoads(html);
    const data = assets(longSite).find((f) => /^story-[\w-]+\.js$/.test(f))!;
    const chunks = readdirSync(join(longSite, 'assets/embed'));
    const entry = chunks.find((f) => /^embed-[\w-]+\.js$/.test(f))!;
    expect(scripts[0]).toBe(`./assets/${data}`);
    expect(scripts.at(-1)).toBe(`./assets/embed/${entry}`);
    expect(links(html).filter((l) => /preload|crossorigin/.test(l))).toEqual([]);
    // Each a chunk of its own, loaded by a script tag when the story renders it.
    expect(chunks.filter((f) => /^(ClusterLayer|LongPlacesList)-[\w-]+\.js$/.test(f))).toHaveLength(2);
    const embedCode = chunks.map((f) => readFileSync(join(longSite, 'assets/embed', f), 'utf8')).join('\n');
    // node/vite/classicEmbedPlugin.ts leaves out only what the story never runs: here, online tiles.
    expect(embedCode).not.toContain('ClusterLayer.tsx is not in this build');
    expect(embedCode).not.toContain('LongPlacesList.tsx is not in this build');
    expect(embedCode).toContain('OnlineTiles.tsx is not in this build');
    expect(embedCode).not.toMatch(/\bimport\(/);
  });
});
