// Synthetic stories for the scale benchmark (`npm run bench`): the same story format as geo/, with
// `count` invented places scattered over Iraq from a seeded generator, so every run measures the
// same map. Written to a folder and built like any story; never committed, never news.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PARAGRAPHS = 12;
const BBOX = [39, 29.2, 48.4, 37.3] as const; // roughly Iraq: [west, south, east, north]

/** Mulberry32: a small seeded generator, so the places are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentence = (k: number) => `Synthetic sentence ${k + 1}: the scale test reports activity at a set of invented places.`;

/** The three story files for a synthetic story of `count` located places. */
export function syntheticStory(count: number, seed = 20200313) {
  const next = random(seed + count);
  const story = {
    id: `scale-${count}`,
    title: `Scale test: ${count.toLocaleString('en-GB')} invented places`,
    dek: 'A generated story for the scale benchmark. Every place, sentence and source is invented; none of it is news.',
    description: `A test map of Iraq with ${count.toLocaleString('en-GB')} invented places scattered at random, to measure the map at scale.`,
    bounds: { name: 'Iraq', bbox: [...BBOX], basis: 'A box around Iraq, chosen for the scale test.' },
  };
  const article = {
    outlet: 'Scale test (synthetic)',
    published: '2024-05-01',
    dateline: 'BAGHDAD',
    headline: 'Scale test article',
    headlineNote: null,
    byline: { lead: null, leadNote: 'The test article has no author.', contributors: [] },
    versionNote: 'Generated for the iraq-strikes-map scale benchmark. Every sentence is invented; do not cite it.',
    sourceUrl: 'https://example.org/scale-test',
    paragraphs: Array.from({ length: PARAGRAPHS }, (_, k) => ({
      id: `p-${k + 1}`,
      kind: 'body',
      text: `${sentence(k)} It is paragraph ${k + 1} of ${PARAGRAPHS}.`,
    })),
  };
  const features = Array.from({ length: count }, (_, i) => {
    const lon = +(BBOX[0] + next() * (BBOX[2] - BBOX[0])).toFixed(4);
    const lat = +(BBOX[1] + next() * (BBOX[3] - BBOX[1])).toFixed(4);
    const k = i % PARAGRAPHS;
    return {
      type: 'Feature',
      id: `place-${i + 1}`,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        name: `Place ${i + 1}`,
        label: `Place ${i + 1}`,
        kind: 'city',
        when: [{ date: '2024-05-01', what: 'An invented event for the scale test.', source: 'the test article' }],
        precision: { kind: 'exact', level: 'city', coordinateSources: 1, basis: 'A random point, generated for the test.' },
        confidence: { claim: 'That the invented event happened here', level: 'high' },
        naming: { inArticle: false, articleWords: null, identifiedBy: 'iraq-strikes-map', basis: 'Generated for the scale test.' },
        // Like a real dataset, most places are not in the article: one place per paragraph quotes it.
        quotes: i < PARAGRAPHS ? [{ id: `q-${i + 1}`, paragraph: `p-${k + 1}`, text: sentence(k), attributedTo: 'the test article', relation: 'context' }] : [],
        ...(i < PARAGRAPHS ? {} : { noQuoteReason: 'An invented place that the test article does not mention.' }),
        context: [],
        sources: [{ label: 'The test article', url: 'https://example.org/scale-test' }],
      },
    };
  });
  return { story, article, places: { type: 'FeatureCollection', features } };
}

/** Writes the synthetic story of `count` places to `dir` (created if needed). */
export function writeSyntheticStory(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  const { story, article, places } = syntheticStory(count);
  writeFileSync(join(dir, 'story.json'), `${JSON.stringify(story, null, 1)}\n`);
  writeFileSync(join(dir, 'article.json'), `${JSON.stringify(article, null, 1)}\n`);
  writeFileSync(join(dir, 'places.geojson'), `${JSON.stringify(places)}\n`);
  return dir;
}
