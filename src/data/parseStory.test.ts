// The bundled story loads and checks clean, and every check fails, with a message naming the file,
// the record and the field, on a copy of the story broken in exactly that way.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStoryDir, storyPaths } from './loadStoryDir.ts';
import { parseStory, type StoryTexts } from './parseStory.ts';
import { formatProblem, StoryError, type LocatedProblem, type StoryFileKey } from './problems.ts';

const GEO = 'geo';
const paths = storyPaths(GEO);
const realTexts: StoryTexts = {
  story: readFileSync(paths.story, 'utf8'),
  article: readFileSync(paths.article, 'utf8'),
  places: readFileSync(paths.places, 'utf8'),
};

/** Parses a copy of the real story with one file changed by `edit`; returns the problems. */
function problemsAfter(file: StoryFileKey, edit: (json: any) => void): LocatedProblem[] {
  const json = JSON.parse(realTexts[file]);
  edit(json);
  return problemsOfTexts({ ...realTexts, [file]: JSON.stringify(json, null, 2) });
}

function problemsOfTexts(texts: StoryTexts): LocatedProblem[] {
  try {
    parseStory(texts);
  } catch (error) {
    if (error instanceof StoryError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the broken story to be rejected, but it parsed clean');
}

const feature = (json: any, id: string): any => {
  const f = json.features.find((x: any) => x.id === id);
  if (!f) throw new Error(`no feature ${id} in the real data`);
  return f;
};

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
    expect(listed.map((p) => p.id).sort()).toEqual(
      ['al-ashtar-facility', 'al-bahbahani', 'al-saidat', 'jurf-al-nasr', 'karbala-international-airport'].sort(),
    );
    expect(listed.filter((p) => p.position).map((p) => p.id).sort()).toEqual(['jurf-al-nasr', 'karbala-international-airport']);
  });

  it('marks the base north of Baghdad as our identification, not the article’s', () => {
    const taji = story.places.find((p) => p.id === 'camp-taji');
    expect(taji?.naming).toMatchObject({ inArticle: false, articleWords: 'an Iraqi military base north of Baghdad', identifiedBy: 'iraq-strikes-map' });
  });

  it('freezes the parsed story', () => {
    expect(Object.isFrozen(story.places[0]?.quotes)).toBe(true);
  });
});

describe('a broken copy of the story', () => {
  it('reports a quote that is not verbatim, with file, line, place id and field', () => {
    const problems = problemsAfter('places', (j) => {
      feature(j, 'camp-taji').properties.quotes[0].text = 'a salvo of rockets';
    });
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ fileName: 'places.geojson', recordId: 'camp-taji', field: 'properties.quotes[0].text' });
    expect(p!.message).toContain('quote not found in p-us-military-strikes: "a salvo of rockets"');
    expect(p!.line).toBeGreaterThan(1);
    expect(formatProblem(p!)).toMatch(/^places\.geojson:\d+:\d+ camp-taji properties\.quotes\[0\]\.text: quote not found/);
  });

  it('points at the exact line and column of the bad value', () => {
    const json = JSON.parse(realTexts.places);
    feature(json, 'baghdad').properties.quotes[0].text = 'Salim reported from Basra.';
    const text = JSON.stringify(json, null, 2);
    const [p] = problemsOfTexts({ ...realTexts, places: text });
    const lines = text.split('\n');
    expect(lines[p!.line - 1]!.slice(p!.column - 1)).toMatch(/^"Salim reported from Basra\."/);
  });

  it('hints when only the typography differs from the article', () => {
    const [p] = problemsAfter('places', (j) => {
      feature(j, 'karbala-international-airport').properties.quotes[2].text =
        'The Pentagon statement described the five locations it had bombed as "weapons storage facilities"';
    });
    expect(p!.message).toContain('differs only in quotation marks');
  });

  it('hints when a quote spans two paragraphs', () => {
    const [p] = problemsAfter('places', (j) => {
      feature(j, 'baghdad').properties.quotes[0] = {
        ...feature(j, 'baghdad').properties.quotes[0],
        paragraph: 'p-pmf-statement',
        text: 'it was preparing an “important” statement. – – –',
      };
    });
    expect(p!.message).toContain('spans more than one paragraph');
  });

  it('names the paragraph where a misfiled quote really is', () => {
    const [p] = problemsAfter('places', (j) => {
      feature(j, 'baghdad').properties.quotes[0].paragraph = 'p-iraq-condemns';
    });
    expect(p!.message).toContain('(it is in p-credit)');
  });

  it('reports an unknown paragraph', () => {
    const [p] = problemsAfter('places', (j) => {
      feature(j, 'baghdad').properties.quotes[0].paragraph = 'p-nowhere';
    });
    expect(p).toMatchObject({ recordId: 'baghdad', field: 'properties.quotes[0].paragraph', message: 'unknown paragraph "p-nowhere"' });
  });

  it('reports duplicate place ids', () => {
    const problems = problemsAfter('places', (j) => {
      feature(j, 'najaf').id = 'baghdad';
    });
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('duplicate id "baghdad"'));
  });

  it('reports an id that is not kebab-case', () => {
    const [p] = problemsAfter('places', (j) => {
      feature(j, 'najaf').id = 'Najaf City';
    });
    expect(p).toMatchObject({ field: 'id', message: expect.stringContaining('kebab-case') });
  });

  it('names a [lat, lon] swap as such', () => {
    const [p] = problemsAfter('places', (j) => {
      feature(j, 'camp-taji').geometry.coordinates = [33.5294, 44.2775];
    });
    expect(p).toMatchObject({ recordId: 'camp-taji', field: 'geometry.coordinates' });
    expect(p!.message).toContain('looks like [latitude, longitude]');
  });

  it('reports a position outside the story’s bounds', () => {
    const [p] = problemsAfter('places', (j) => {
      feature(j, 'camp-taji').geometry.coordinates = [2.35, 48.85];
    });
    expect(p!.message).toContain('outside the story\'s bounds, Iraq');
  });

  it('reports a place with no source', () => {
    const [p] = problemsAfter('places', (j) => {
      feature(j, 'k1-air-base').properties.sources = [];
    });
    expect(p).toMatchObject({ recordId: 'k1-air-base', field: 'properties.sources', message: 'must list at least one source' });
  });

  it('reports a place with no precision', () => {
    const [p] = problemsAfter('places', (j) => {
      delete feature(j, 'k1-air-base').properties.precision;
    });
    expect(p).toMatchObject({ recordId: 'k1-air-base', field: 'properties.precision', message: expect.stringContaining('is missing') });
  });

  it('reports an approximate place without a radius', () => {
    const [p] = problemsAfter('places', (j) => {
      delete feature(j, 'jurf-al-nasr').properties.precision.radiusM;
    });
    expect(p!.message).toContain('needs radiusM');
  });

  it('reports a located place marked unlocated, and an unlocated one given no geometry reason', () => {
    const problems = problemsAfter('places', (j) => {
      feature(j, 'baghdad').properties.precision.kind = 'unlocated';
      feature(j, 'al-saidat').properties.precision.kind = 'exact';
      feature(j, 'al-saidat').properties.precision.level = 'facility';
    });
    const text = problems.map(formatProblem).join('\n');
    expect(text).toContain('baghdad properties.precision.kind: is "unlocated" but the feature has a geometry');
    expect(text).toContain('al-saidat geometry: is null, so precision.kind must be "unlocated"');
  });

  it('reports a non-http source URL', () => {
    const [p] = problemsAfter('places', (j) => {
      feature(j, 'k1-air-base').properties.sources[0].url = 'javascript:alert(1)';
    });
    expect(p).toMatchObject({ field: 'properties.sources[0].url', message: 'must be an http(s) URL (javascript:, data: and other schemes are refused)' });
  });

  it('reports an unknown field, so typos do not pass silently', () => {
    const [p] = problemsAfter('places', (j) => {
      feature(j, 'k1-air-base').properties.sorces = [];
    });
    expect(p).toMatchObject({ recordId: 'k1-air-base', field: 'properties', message: 'unknown field "sorces"' });
  });

  it('reports a dispute that names a quote the place does not have', () => {
    const [p] = problemsAfter('places', (j) => {
      feature(j, 'karbala-international-airport').properties.disputes[0].quotes[1] = 'no-such-quote';
    });
    expect(p).toMatchObject({ field: 'properties.disputes[0].quotes[1]', message: 'no quote with id "no-such-quote" in this place' });
  });

  it('reports a place with neither quotes nor a reason for having none', () => {
    const [p] = problemsAfter('places', (j) => {
      delete feature(j, 'najaf').properties.noQuoteReason;
    });
    expect(p).toMatchObject({ recordId: 'najaf', field: 'properties.quotes', message: expect.stringContaining('noQuoteReason') });
  });

  it('reports a bad date and a bad time', () => {
    const problems = problemsAfter('places', (j) => {
      feature(j, 'camp-taji').properties.when[0].date = '11/03/2020';
      feature(j, 'camp-taji').properties.when[0].timeLocal = '7:35pm';
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['properties.when[0].date', 'properties.when[0].timeLocal']);
  });

  it('reports a duplicate paragraph id in the article, by paragraph id', () => {
    const [p] = problemsAfter('article', (j) => {
      j.paragraphs[1].id = 'p-iraq-condemns';
    });
    expect(p).toMatchObject({ fileName: 'article.json', recordId: 'p-iraq-condemns', field: 'id', message: expect.stringContaining('duplicate paragraph id') });
  });

  it('reports invalid JSON with its line and column', () => {
    const broken = realTexts.places.replace('"type": "FeatureCollection",', '"type": "FeatureCollection",,');
    const [p] = problemsOfTexts({ ...realTexts, places: broken });
    expect(p).toMatchObject({ fileName: 'places.geojson', line: 2 });
    // The reported column is the stray second comma.
    expect(broken.split('\n')[1]!.slice(p!.column - 2, p!.column)).toBe(',,');
    expect(p!.message).toMatch(/^invalid JSON: /);
  });

  it('reports an empty file and a byte-order mark', () => {
    const problems = problemsOfTexts({ ...realTexts, story: '', article: '\ufeff' + realTexts.article });
    expect(problems.map((p) => `${p.fileName}: ${p.message}`)).toEqual([
      'story.json: the file is empty',
      expect.stringMatching(/^article\.json: the file starts with a byte-order mark/),
    ]);
  });

  it('lists every problem at once', () => {
    const problems = problemsAfter('places', (j) => {
      feature(j, 'k1-air-base').properties.sources = [];
      feature(j, 'najaf').geometry.coordinates = [32.0259, 44.3463];
      feature(j, 'baghdad').properties.quotes[0].paragraph = 'p-nowhere';
    });
    // Shape problems stop the rule checks, so the rules' problems come in a second pass.
    expect(problems.map((p) => p.recordId)).toEqual(['k1-air-base']);
    const rules = problemsAfter('places', (j) => {
      feature(j, 'najaf').geometry.coordinates = [32.0259, 44.3463];
      feature(j, 'baghdad').properties.quotes[0].paragraph = 'p-nowhere';
    });
    expect(rules.map((p) => p.recordId).sort()).toEqual(['baghdad', 'najaf']);
  });
});
