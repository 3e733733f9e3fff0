import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from './options.ts';

const ids = new Set(['camp-taji', 'baghdad']);

describe('parseEmbedOptions', () => {
  it('reads every option', () => {
    const { options, warnings } = parseEmbedOptions('?place=camp-taji&theme=dark&panel=places&static=1', ids);
    expect(options).toEqual({ place: 'camp-taji', theme: 'dark', panel: 'places', static: true, pymChildId: null });
    expect(warnings).toEqual([]);
  });

  it('defaults to no place, the reader’s colours and closed panels', () => {
    expect(parseEmbedOptions('', ids)).toEqual({ options: { place: null, theme: 'auto', panel: null, static: false, pymChildId: null }, warnings: [] });
  });

  it('drops what it does not know, with one warning each', () => {
    const { options, warnings } = parseEmbedOptions('?place=atlantis&theme=purple&panel=&static=yes&zoom=3&lang=ar', ids);
    expect(options).toEqual({ place: null, theme: 'auto', panel: null, static: false, pymChildId: null });
    expect(warnings).toEqual([
      'place="atlantis" is not a place in this story; ignored',
      'theme="purple" is not one of light, dark, auto; ignored',
      'panel="" is not one of article, places, none; ignored',
      'static="yes" is not 1; ignored',
      'lang is reserved for a later version; ignored',
      'unknown option "zoom"; ignored',
    ]);
  });

  it('uses the first of a repeated option and says so', () => {
    const { options, warnings } = parseEmbedOptions('?theme=light&theme=dark', ids);
    expect(options.theme).toBe('light');
    expect(warnings).toEqual(['"theme" is given 2 times; using the first']);
  });

  it('takes pym.js’s parameters without warning, and only a sane childId', () => {
    expect(parseEmbedOptions('?initialWidth=600&childId=map-pym&parentTitle=x&parentUrl=y', ids)).toEqual({
      options: { place: null, theme: 'auto', panel: null, static: false, pymChildId: 'map-pym' },
      warnings: [],
    });
    const { options, warnings } = parseEmbedOptions('?childId=%3Cscript%3E', ids);
    expect(options.pymChildId).toBeNull();
    expect(warnings).toEqual(['childId="<script>" is not a pym.js id; ignored']);
  });
});
