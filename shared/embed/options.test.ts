import { describe, expect, it } from 'vitest';
import { linkWay, parseEmbedOptions } from './options.ts';

const ids = new Set(['camp-taji', 'baghdad']);

describe('parseEmbedOptions', () => {
  it('reads every option', () => {
    const { options, warnings } = parseEmbedOptions('?place=camp-taji&theme=dark&panel=places&static=1&links=top', ids);
    expect(options).toEqual({ place: 'camp-taji', event: null, theme: 'dark', panel: 'places', static: true, pymChildId: null, links: 'top' });
    expect(warnings).toEqual([]);
  });

  it('defaults to no place, the reader’s colours and closed panels', () => {
    expect(parseEmbedOptions('', ids)).toEqual({
      options: { place: null, event: null, theme: 'auto', panel: null, static: false, pymChildId: null, links: null },
      warnings: [],
    });
  });

  it('reads a timeline step, and refuses one the story does not have', () => {
    const events = new Set(['taji-rockets']);
    expect(parseEmbedOptions('?event=taji-rockets', ids, events)).toEqual({
      options: expect.objectContaining({ event: 'taji-rockets', place: null }),
      warnings: [],
    });
    expect(parseEmbedOptions('?event=atlantis', ids, events)).toEqual({
      options: expect.objectContaining({ event: null }),
      warnings: ['event="atlantis" is not an event of this story\'s timeline; ignored'],
    });
  });

  it('drops what it does not know, with one warning each', () => {
    const { options, warnings } = parseEmbedOptions('?place=atlantis&theme=purple&panel=&static=yes&zoom=3&lang=ar&links=popup', ids);
    expect(options).toEqual({ place: null, event: null, theme: 'auto', panel: null, static: false, pymChildId: null, links: null });
    expect(warnings).toEqual([
      'place="atlantis" is not a place in this story; ignored',
      'theme="purple" is not one of light, dark, auto; ignored',
      'panel="" is not one of article, places, none; ignored',
      'links="popup" is not one of tab, top, copy; ignored',
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
      options: { place: null, event: null, theme: 'auto', panel: null, static: false, pymChildId: 'map-pym', links: null },
      warnings: [],
    });
    const { options, warnings } = parseEmbedOptions('?childId=%3Cscript%3E', ids);
    expect(options.pymChildId).toBeNull();
    expect(warnings).toEqual(['childId="<script>" is not a pym.js id; ignored']);
  });
});

describe('linkWay', () => {
  it('opens a new tab in an ordinary frame', () => {
    expect(linkWay(null, null, false)).toBe('tab');
  });
  it('in an opaque-origin frame, shows the address unless WordPress listens or the host says how', () => {
    expect(linkWay(null, null, true)).toBe('copy');
    expect(linkWay(null, 'abcDEF1234', true)).toBe('wordpress');
    expect(linkWay('top', null, true)).toBe('top');
    expect(linkWay('tab', 'abcDEF1234', true)).toBe('tab');
  });
});
