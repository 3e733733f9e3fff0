// The story's pictures, made by the build without a browser: the map wide and narrow, light and
// dark, and the social card. Each is the story's own: its title, its places, its key, its credits,
// on its basemap; the bundled story's words never reach another story's pictures.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legendRows } from '../../shared/map/legendRows.ts';
import { project } from '../../shared/map/mercator.ts';
import { escapeHtml } from '../../shared/story/escapeHtml.ts';
import { isLocated } from '../../shared/story/types.ts';
import { loadStoryDir } from '../story/loadStoryDir.ts';
import { storyPhrases } from '../story/phrases.ts';
import { cutStoryBasemap } from '../vite/basemapPlugin.ts';
import { PLACE_CARDS_UP_TO, placeCards, rasterise, readCutBasemap, storyPictures, svgFileOf } from './pictures.ts';
import { mapLayout } from './staticMap.ts';
import { palette } from './style.ts';

const png = (bytes: Buffer) => ({ signature: bytes.subarray(0, 8).toString('hex'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe.each(['geo', 'e2e/fixtures/lualaba-story'])('the pictures of %s', (dir) => {
  const story = loadStoryDir(dir);
  const basemap = readCutBasemap(cutStoryBasemap(dir));
  const pictures = [...storyPictures(story, basemap), ...placeCards(story, basemap)];

  const located = story.places.filter(isLocated);

  it('are the map wide (1200 px) and narrow (400 px), light and dark, a 1200 × 630 card, and a card for each place on the map', () => {
    expect(pictures.map((p) => [p.file, p.width])).toEqual([
      ['fallback/map-wide-light.png', 1200],
      ['fallback/map-wide-dark.png', 1200],
      ['fallback/map-narrow-light.png', 400],
      ['fallback/map-narrow-dark.png', 400],
      ['fallback/card.png', 1200],
      ...located.map((p) => [`fallback/card-${p.id}.png`, 1200]),
    ]);
    expect(pictures.filter((p) => p.layout === 'card').map((p) => p.height)).toEqual(Array(located.length + 1).fill(630));
  });

  it('a place’s card names the place over the story’s title, and marks that place alone', () => {
    const mark = `fill="${palette('light')['mark-active']}"`;
    const count = (svg: string): number => svg.split(mark).length - 1;
    expect(count(pictures.find((p) => p.file === 'fallback/card.png')!.picture.svg)).toBe(0);
    for (const place of located) {
      const svg = pictures.find((p) => p.place === place.id)!.picture.svg;
      expect(svg, place.id).toContain(`>${escapeHtml(place.name)}</text>`);
      expect(svg, place.id).toContain(escapeHtml(story.meta.title.split(' ').slice(0, 3).join(' ')));
      expect(count(svg), place.id).toBe(1);
    }
  });

  // resvg takes a few seconds for the five on a loaded machine.
  it('rasterise to PNGs of the sizes the HTML declares', { timeout: 60_000 }, () => {
    for (const picture of pictures) {
      const bytes = rasterise(picture.picture);
      expect(png(bytes), picture.file).toEqual({ signature: '89504e470d0a1a0a', width: picture.width, height: picture.height });
      expect(bytes.length, picture.file).toBeGreaterThan(20_000);
    }
  });

  it('show the story’s title, its places’ labels, its key and its credits', () => {
    const wide = pictures[0]!.picture.svg;
    const shown = (text: string) => wide.includes(`>${escapeHtml(text)}</text>`);
    expect(wide).toContain(escapeHtml(story.meta.title.split(' ').slice(0, 3).join(' ')));
    const labels = story.places.filter(isLocated).map((p) => p.label);
    // A crowded place may keep only its symbol, as on the live map; most keep their label.
    expect(labels.filter(shown).length).toBeGreaterThanOrEqual(Math.ceil(labels.length * 0.6));
    for (const row of legendRows(story).rows) expect(wide.replace(/<\/text><text[^>]*>/g, ' '), row.key).toContain(escapeHtml(row.text));
    for (const credit of story.meta.credits) expect(wide).toContain(escapeHtml(credit.short ?? credit.by));
  });
});

describe('the halos in the pictures', () => {
  it('draw a radius we derived dotted, and one a source gives dashed, as the live map does', () => {
    const story = loadStoryDir('geo');
    const basemap = readCutBasemap(cutStoryBasemap('geo'));
    const halos = (s: typeof story): string[] => storyPictures(s, basemap)[0]!.picture.svg.match(/<circle [^>]*stroke-dasharray="[^"]*"[^>]*\/>/g) ?? [];
    // Jurf al-Nasr's 10 km, a circle with its subdistrict's area; and the key's sample beside it.
    // Jurf al-Nasr is drawn twice in the wide picture: on the main map and in its inset.
    const derived = halos(story);
    expect(derived.filter((c) => c.includes('stroke-dasharray="0.5 5"')).length).toBeGreaterThanOrEqual(1);
    expect(derived.filter((c) => c.includes('stroke-dasharray="5 4"'))).toHaveLength(0);
    // The same place with a radius a source gives: dashed, and the key says "somewhere in".
    const sourced = {
      ...story,
      places: story.places.map((p) => (p.precision.radiusFrom === 'derived' ? { ...p, precision: { ...p.precision, radiusFrom: 'source' as const } } : p)),
    };
    expect(halos(sourced).filter((c) => c.includes('stroke-dasharray="5 4"'))).toHaveLength(
      derived.filter((c) => c.includes('stroke-dasharray="0.5 5"')).length,
    );
    expect(halos(sourced).filter((c) => c.includes('stroke-dasharray="0.5 5"'))).toHaveLength(0);
    expect(legendRows(sourced).rows.map((r) => r.key)).toContain('halo');
    expect(legendRows(story).rows.map((r) => r.key)).toEqual(expect.arrayContaining(['halo-derived']));
    expect(legendRows(story).rows.map((r) => r.key)).not.toContain('halo');
  });
});

describe('a story with more places than PLACE_CARDS_UP_TO', () => {
  it('gives its places the map’s card, not one each', () => {
    const story = loadStoryDir('geo');
    const many = { ...story, places: Array.from({ length: PLACE_CARDS_UP_TO + 1 }, (_, i) => ({ ...story.places.find(isLocated)!, id: `p${i}` })) };
    expect(placeCards(many, readCutBasemap(cutStoryBasemap('geo')))).toEqual([]);
  });
});

describe('another story’s pictures', () => {
  it('hold no phrase of the bundled story', () => {
    const dir = 'e2e/fixtures/lualaba-story';
    const story = loadStoryDir(dir);
    const basemap = readCutBasemap(cutStoryBasemap(dir));
    const svg = [...storyPictures(story, basemap), ...placeCards(story, basemap)].map((p) => p.picture.svg).join('');
    expect([...storyPhrases('geo')].filter((phrase) => svg.includes(escapeHtml(phrase)))).toEqual([]);
  });
});

/** Each place symbol and group drawn in a picture, with the map it is drawn in: the main map, or an
 * inset (`<svg data-map>`, nested), and where it stands in that map's pixels. */
function drawnIn(svg: string): { map: string; index: number; place?: string; group?: string[]; x: number; y: number }[] {
  const out: { map: string; index: number; place?: string; group?: string[]; x: number; y: number }[] = [];
  const stack: { map: string; index: number }[] = [];
  const seen = new Map<string, number>();
  for (const m of svg.matchAll(/<svg data-map="(\w+)"|<\/svg>|<g data-(place|group)="([^"]+)" transform="translate\(([-\d.]+) ([-\d.]+)\)"/g)) {
    if (m[1]) {
      const index = seen.get(m[1]) ?? 0;
      seen.set(m[1], index + 1);
      stack.push({ map: m[1], index });
    } else if (m[0] === '</svg>') stack.pop();
    else {
      const at = stack.at(-1)!;
      const who = m[2] === 'place' ? { place: m[3]! } : { group: m[3]!.split(' ') };
      out.push({ ...at, ...who, x: Number(m[4]), y: Number(m[5]) });
    }
  }
  return out;
}

describe.each(['geo', 'e2e/fixtures/lualaba-story'])('where the pictures of %s draw each place', (dir) => {
  const story = loadStoryDir(dir);
  const basemap = readCutBasemap(cutStoryBasemap(dir));
  const located = story.places.filter(isLocated);

  it.each(storyPictures(story, basemap).map((p) => [p.file, p] as const))(
    '%s: every symbol on its projected point, in the main map or an inset',
    (_file, { picture }) => {
      const [, below, w, h] = /<svg data-map="main" data-insets-below="(\w+)" width="(\d+)" height="(\d+)"/.exec(picture.svg)!;
      const layout = mapLayout(located, basemap, Number(w), Number(h), below === 'true');
      const views = { main: [layout.view], detail: layout.details.map((d) => d.view) } as Record<string, { zoom: number; left: number; top: number }[]>;
      const drawn = drawnIn(picture.svg);
      const onMain = new Set<string>();
      for (const d of drawn) {
        const view = views[d.map]![d.index]!;
        const ids = d.place ? [d.place] : d.group!;
        for (const id of ids) {
          const [x, y] = project(located.find((p) => p.id === id)!.position, view.zoom);
          const [px, py] = [x - view.left, y - view.top];
          if (d.place) {
            expect(Math.abs(d.x - px), `${id} in the ${d.map} map`).toBeLessThanOrEqual(2);
            expect(Math.abs(d.y - py), `${id} in the ${d.map} map`).toBeLessThanOrEqual(2);
          } else {
            const radius = Number(new RegExp(`data-group="${d.group!.join(' ')}" transform="[^"]*"><circle r="([\\d.]+)"`).exec(picture.svg)![1]);
            expect(Math.hypot(d.x - px, d.y - py), `${id} inside its group in the ${d.map} map`).toBeLessThanOrEqual(radius);
          }
          if (d.map === 'main') onMain.add(id);
        }
      }
      // Every located place is drawn on the main map, alone or in a group.
      expect([...onMain].sort()).toEqual(located.map((p) => p.id).sort());
      // And every place a group hides there stands apart, on its own, in an inset.
      for (const detail of layout.details) {
        for (const id of detail.places)
          expect(
            drawn.some((d) => d.map === 'detail' && d.place === id),
            `${id} in its inset`,
          ).toBe(true);
      }
    },
  );
});

describe('the pictures, as reviewed SVG', () => {
  // Golden output, as Observable Plot keeps its test/output: a change to any picture fails here until
  // someone looks at it (the new SVG is written beside the golden one as *-changed.svg) and accepts it
  // with UPDATE_GOLDEN=1.
  it.each(['geo', 'e2e/fixtures/lualaba-story'])('%s: each picture is the reviewed one', (dir) => {
    const story = loadStoryDir(dir);
    const goldenDir = join('node/pictures/golden', story.meta.id);
    for (const { file, picture } of storyPictures(story, readCutBasemap(cutStoryBasemap(dir)))) {
      const golden = join(goldenDir, basename(svgFileOf(file)));
      const changed = golden.replace(/\.svg$/, '-changed.svg');
      if (process.env.UPDATE_GOLDEN) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(golden, picture.svg);
        rmSync(changed, { force: true });
        continue;
      }
      const expected = existsSync(golden) ? readFileSync(golden, 'utf8') : null;
      if (expected === picture.svg) {
        rmSync(changed, { force: true });
        continue;
      }
      writeFileSync(changed, picture.svg);
      expect.fail(
        `${golden} differs from the picture the build draws (see ${changed}); look at both, then accept it with UPDATE_GOLDEN=1 npx vitest run node/pictures`,
      );
    }
  });
});
