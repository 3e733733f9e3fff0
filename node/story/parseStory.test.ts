// The bundled story loads and checks clean, and holds what the dossier says. Broken copies of it are
// the corpus in corpus.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStoryDir } from './loadStoryDir.ts';

const GEO = 'geo';
describe('the bundled story', () => {
  const story = loadStoryDir(GEO);

  it('parses and checks clean', () => {
    expect(story.places.length).toBeGreaterThan(0);
    expect(story.article.paragraphs.length).toBeGreaterThan(0);
  });

  it('keeps article.json identical to the article text, block for block', () => {
    const source = readFileSync('geo/source/article.txt', 'utf8');
    expect(story.article.paragraphs.map((p) => p.text).join('\n\n')).toBe(source);
  });

  const shared = '../shared/story/article.txt';
  it.runIf(existsSync(shared))('keeps geo/source/article.txt byte-identical to the shared article', () => {
    expect(readFileSync('geo/source/article.txt')).toEqual(readFileSync(shared));
  });

  it('quotes every passage verbatim from its paragraph and from the article text itself', () => {
    const source = readFileSync('geo/source/article.txt', 'utf8');
    const paragraphs = new Map(story.article.paragraphs.map((p) => [p.id, p.text]));
    const quotes = story.places.flatMap((p) => p.quotes.map((q) => ({ place: p.id, ...q })));
    expect(quotes.length).toBeGreaterThan(10);
    for (const q of quotes) {
      expect(paragraphs.get(q.paragraph), `${q.place} ${q.id}`).toContain(q.text);
      expect(source, `${q.place} ${q.id}`).toContain(q.text);
    }
  });

  it('gives every place a unique kebab-case id and a unique name', () => {
    const ids = story.places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(story.places.map((p) => p.name)).size).toBe(ids.length);
  });

  it('places every located place in [lon, lat] order inside Iraq', () => {
    // Iraq in Natural Earth 10m: 38.775–48.559 E, 29.063–37.375 N.
    for (const p of story.places) {
      if (!p.position) continue;
      const [lon, lat] = p.position;
      expect(lon, p.id).toBeGreaterThan(38.77);
      expect(lon, p.id).toBeLessThan(48.56);
      expect(lat, p.id).toBeGreaterThan(29.06);
      expect(lat, p.id).toBeLessThan(37.38);
    }
  });

  it('gives every place a source and a precision, and a position unless it is unlocated', () => {
    for (const p of story.places) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      expect(p.precision.basis.length, p.id).toBeGreaterThan(20);
      expect(p.position === null, p.id).toBe(p.precision.kind === 'unlocated');
      if (p.precision.kind === 'approximate') expect(p.precision.radiusM, p.id).toBeGreaterThan(0);
    }
  });

  it('reconstructs the five strike sites with two located, as the dossier does', () => {
    const listed = story.places.filter((p) => p.strike?.role === 'listed-site');
    expect(listed.map((p) => p.id).sort()).toEqual(['al-ashtar-facility', 'al-bahbahani', 'al-saidat', 'jurf-al-nasr', 'karbala-international-airport'].sort());
    expect(
      listed
        .filter((p) => p.position)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['jurf-al-nasr', 'karbala-international-airport']);
  });

  it('marks the base north of Baghdad as our identification, not the article’s', () => {
    const taji = story.places.find((p) => p.id === 'camp-taji');
    expect(taji?.naming).toMatchObject({ inArticle: false, articleWords: 'an Iraqi military base north of Baghdad', identifiedBy: 'iraq-strikes-map' });
  });

  it('freezes the parsed story', () => {
    expect(Object.isFrozen(story.places[0]?.quotes)).toBe(true);
  });
});

// The fact audit's findings (F1–F10, ../shared/story/audit.md), each held in the data.
describe('the bundled story says no more than its sources', () => {
  const story = loadStoryDir(GEO);
  const place = (id: string) => story.places.find((p) => p.id === id)!;
  const words = (id: string): string => JSON.stringify(place(id));

  it('F1: areas named only in a relayed list are named areas, with no radius to read as a bound', () => {
    const reported = story.places.filter((p) => p.strike?.role === 'reported-area');
    expect(reported.map((p) => p.id).sort()).toEqual(['al-iskandariya', 'al-musayyib', 'najaf']);
    for (const p of reported) {
      expect(p.precision, p.id).toMatchObject({ kind: 'named-area', radiusM: null });
      expect(p.precision.basis, p.id).not.toMatch(/halo|within about \d/);
    }
  });

  it('F2: every confidence says what it rates, and every located place how many sources give its position', () => {
    for (const p of story.places) {
      expect(p.confidence.claim, p.id).toMatch(/^That /);
      expect(p.precision.coordinateSources === null, p.id).toBe(p.position === null);
    }
    expect(place('jurf-al-nasr').precision).toMatchObject({ level: 'town', coordinateSources: 1 });
    for (const id of ['k1-air-base', 'us-embassy-baghdad', 'karbala-international-airport']) expect(place(id).precision.coordinateSources, id).toBe(1);
  });

  it('F3, F4: Camp Taji’s later wounded are “coalition” in the spokesman’s words, and no unsourced “14”', () => {
    const taji = words('camp-taji');
    expect(taji).not.toContain('14)');
    expect(taji).not.toContain('three U.S.');
    expect(taji).toContain('three coalition and two Iraqi personnel, in the coalition spokesman’s words');
    expect(taji).toContain('an unnamed U.S. defense official told AP');
  });

  it('F5: Najaf “may refer to” the airport, and the other reading is there with its source', () => {
    const najaf = place('najaf');
    expect(najaf.precision.basis).toContain('“Najaf” may refer to');
    expect(najaf.precision.basis).not.toContain('probably');
    expect(najaf.context.map((c) => c.source)).toContainEqual(expect.stringContaining('AP'));
  });

  it('F6: every time of the strikes of 13 March, one statement’s minute, is “about”', () => {
    const strikeTimes = story.places.flatMap((p) => p.when).filter((w) => w.date === '2020-03-13' && w.timeLocal !== null);
    expect(strikeTimes.length).toBe(8);
    for (const w of strikeTimes) expect(w.approximate).toBe(true);
  });

  it('F7: the full byline is our identification of the article’s “Salim”', () => {
    expect(story.article.byline.contributors).toEqual([
      expect.objectContaining({ name: 'Mustafa Salim', articleWords: 'Salim', identifiedBy: 'iraq-strikes-map' }),
    ]);
  });

  it('F8, F9: Karbala airport gives the coalition’s admission and the victim, and the strikes note does not rest it on the Iraqi list alone', () => {
    const karbala = words('karbala-international-airport');
    expect(karbala).toContain('In September 2020 the coalition admitted');
    expect(karbala).toContain('Karrar Sabbar');
    expect(karbala).toContain('https://airwars.org/civilian-casualties/ci880-march-13-2020');
    expect(place('karbala-international-airport').disputes).toHaveLength(1);
    expect(story.meta.strikes?.note).toContain('Karbala airport rests on more than the list');
  });

  it('F10: the relayed list of areas is sourced to the independent Ultra Iraq too', () => {
    for (const p of story.places.filter((x) => x.strike?.role === 'reported-area')) {
      expect(
        p.sources.map((s) => s.label),
        p.id,
      ).toContainEqual(expect.stringContaining('Ultra Iraq'));
      expect(p.strike?.listedBy, p.id).toContain('Ultra Iraq');
    }
  });
});

describe('the second, synthetic story (e2e/fixtures/second-story)', () => {
  const story = loadStoryDir('e2e/fixtures/second-story');

  it('is another story: its own id, bounds and places', () => {
    expect(story.meta.id).toBe('tigris-test-story');
    expect(story.meta.bounds.bbox).toEqual([41, 33.5, 46, 37.4]);
    expect(story.places.map((p) => p.id)).toEqual(['mosul', 'tikrit-test-zone', 'samarra', 'around-baiji', 'northern-ferry-crossing']);
    expect(story.meta.tiles).toBeNull();
  });

  it('gives an area its rings and a marker point inside them', () => {
    const zone = story.places.find((p) => p.id === 'tikrit-test-zone')!;
    expect(zone.area).toHaveLength(1);
    const [lon, lat] = zone.position!;
    // The box is 43.55–43.8 E, 34.5–34.72 N; polylabel puts the point at its middle.
    expect(lon).toBeCloseTo(43.675, 2);
    expect(lat).toBeCloseTo(34.61, 2);
    expect(story.places.find((p) => p.id === 'mosul')!.area).toBeNull();
  });
});
