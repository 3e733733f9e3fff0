import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unattributedClaims } from './claims.ts';
import { loadStoryDir } from './loadStoryDir.ts';

describe('a claim in the map’s own voice names who makes it', () => {
  it('finds a link stated as fact', () => {
    // The bundled story's 13 March step before the second audit (N2).
    expect(unattributedClaims('U.S. airstrikes on targets linked to Kataib Hezbollah')).toEqual(['linked to']);
    expect(unattributedClaims('Sites linked to a militia are hit')).toEqual(['linked to']);
    expect(unattributedClaims('Militants responsible for the attack flee; the army follows')).toEqual(['responsible for']);
    expect(unattributedClaims('Strikes on depots belonging to the group')).toEqual(['belonging to']);
    expect(unattributedClaims('A raid on a terrorist camp')).toEqual(['terrorist']);
  });

  it('accepts the same link when someone is named as making it', () => {
    expect(unattributedClaims('U.S. airstrikes on sites the U.S. linked to Kataib Hezbollah')).toEqual([]);
    expect(unattributedClaims('On 13 March 2020 the United States bombed sites it linked to Kataib Hezbollah, after rockets killed two')).toEqual([]);
    expect(unattributedClaims('Depots officials tied to the group burn')).toEqual([]);
    expect(unattributedClaims('The Pentagon said militants responsible for the attack fled')).toEqual([]);
    expect(unattributedClaims('A raid on what the army called a terrorist camp')).toEqual([]);
  });

  it('reads a sentence to its end, not to an initial’s stop', () => {
    expect(unattributedClaims('Strikes hit the U.S. Embassy. Crowds linked to a militia gather')).toEqual(['linked to']);
    expect(unattributedClaims('Strikes on sites the U.S. linked to the group; depots tied to it burn')).toEqual(['tied to']);
  });

  it('passes every story of this repository', () => {
    for (const dir of ['geo', 'e2e/fixtures/second-story', 'e2e/fixtures/lualaba-story']) {
      const story = loadStoryDir(dir);
      const ours = [story.meta.title, story.meta.dek, story.meta.description, ...story.events.map((e) => e.what)];
      for (const text of ours) expect(unattributedClaims(text), `${dir}: ${text}`).toEqual([]);
    }
    // The article itself says whose link it is: "The U.S. military said that it had launched …
    // against targets linked to the Kataib Hezbollah group".
    const article = readFileSync('geo/source/article.txt', 'utf8');
    expect(article).toContain('targets linked to the Kataib Hezbollah group');
    expect(unattributedClaims(article)).toEqual([]);
  });
});
