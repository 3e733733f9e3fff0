import { describe, expect, it } from 'vitest';
import {
  ampHeightMessage,
  heightFromMessage,
  heightMessage,
  isWordPressReady,
  parseHostCommand,
  placeMessage,
  pymHeightMessage,
  pymWidth,
  stepMessage,
  wordPressHeightMessage,
  wordPressLinkMessage,
  wordPressSecret,
} from './protocol.ts';

const ids = new Set(['camp-taji']);
const events = new Set(['taji-rockets']);

describe('messages out', () => {
  it('speaks pym.js, AMP and its own format', () => {
    expect(pymHeightMessage('map-pym', 612)).toBe('pymxPYMxmap-pymxPYMxheightxPYMx612');
    expect(ampHeightMessage(612)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 612 });
    expect(heightMessage(612)).toEqual({ namespace: 'story-map', version: 1, type: 'height', height: 612 });
    expect(placeMessage(null)).toEqual({ namespace: 'story-map', version: 1, type: 'place', place: null });
  });

  it('reads back its own height message, and only a sane one', () => {
    expect(heightFromMessage(heightMessage(612))).toBe(612);
    expect(heightFromMessage(heightMessage(612.2))).toBe(613);
    for (const bad of [5, 1e6, Number.NaN, Infinity, '612', null]) expect(heightFromMessage({ ...heightMessage(1), height: bad })).toBeNull();
    expect(heightFromMessage(ampHeightMessage(612))).toBeNull();
    expect(heightFromMessage('pymxPYMxmap-pymxPYMxheightxPYMx612')).toBeNull();
    expect(heightFromMessage({ namespace: 'other', type: 'height', height: 612 })).toBeNull();
  });
});

describe('messages in', () => {
  it('reads pym.js’s width message for this frame only', () => {
    expect(pymWidth('pymxPYMxmap-pymxPYMxwidthxPYMx600', 'map-pym')).toBe(600);
    expect(pymWidth('pymxPYMxotherxPYMxwidthxPYMx600', 'map-pym')).toBeNull();
    expect(pymWidth('pymxPYMxmap-pymxPYMxheightxPYMx600', 'map-pym')).toBeNull();
    expect(pymWidth('pymxPYMxmap-pymxPYMxwidthxPYMxwide', 'map-pym')).toBeNull();
    expect(pymWidth({ width: 600 }, 'map-pym')).toBeNull();
  });

  it('obeys exactly the documented commands', () => {
    expect(parseHostCommand({ namespace: 'story-map', version: 1, type: 'select', place: 'camp-taji' }, ids)).toEqual({
      type: 'select',
      place: 'camp-taji',
    });
    expect(parseHostCommand({ namespace: 'story-map', version: 1, type: 'clear' }, ids)).toEqual({ type: 'clear' });
    expect(parseHostCommand({ namespace: 'story-map', version: 1, type: 'step', event: 'taji-rockets' }, ids, events)).toEqual({
      type: 'step',
      event: 'taji-rockets',
    });
  });

  it('tells the host the timeline’s step', () => {
    expect(stepMessage('taji-rockets')).toEqual({ namespace: 'story-map', version: 1, type: 'step', event: 'taji-rockets' });
    expect(stepMessage(null)).toEqual({ namespace: 'story-map', version: 1, type: 'step', event: null });
  });

  it.each([
    ['no namespace', { type: 'select', place: 'camp-taji' }],
    ['another version', { namespace: 'story-map', version: 2, type: 'select', place: 'camp-taji' }],
    ['an unknown place', { namespace: 'story-map', version: 1, type: 'select', place: 'atlantis' }],
    ['a place that is not a string', { namespace: 'story-map', version: 1, type: 'select', place: ['camp-taji'] }],
    ['an extra field', { namespace: 'story-map', version: 1, type: 'select', place: 'camp-taji', html: '<img src=x onerror=alert(1)>' }],
    ['an unknown type', { namespace: 'story-map', version: 1, type: 'zoom', place: 'camp-taji' }],
    ['a string', 'select camp-taji'],
    ['an array', ['story-map', 1, 'clear']],
    ['null', null],
    ['an unknown event', { namespace: 'story-map', version: 1, type: 'step', event: 'atlantis' }],
    ['a step with a place', { namespace: 'story-map', version: 1, type: 'step', event: 'taji-rockets', place: 'camp-taji' }],
  ])('ignores %s', (_, data) => {
    expect(parseHostCommand(data, ids, events)).toBeNull();
  });
});

describe('WordPress (wp-embed.js)', () => {
  it('reads the secret WordPress appends, and nothing else', () => {
    expect(wordPressSecret('#?secret=Ab3dE6gH9j')).toBe('Ab3dE6gH9j');
    expect(wordPressSecret('')).toBeNull();
    expect(wordPressSecret('#place=camp-taji')).toBeNull();
    expect(wordPressSecret('#?secret=a"b')).toBeNull();
    expect(wordPressSecret('#?secret=abc&x=1')).toBeNull();
  });
  it('speaks its messages', () => {
    expect(wordPressHeightMessage('s3cret', 512)).toEqual({ message: 'height', value: 512, secret: 's3cret' });
    expect(wordPressLinkMessage('s3cret', 'https://example.org/map/')).toEqual({ message: 'link', value: 'https://example.org/map/', secret: 's3cret' });
    expect(isWordPressReady({ message: 'ready', secret: 's3cret' }, 's3cret')).toBe(true);
    expect(isWordPressReady({ message: 'ready', secret: 'other' }, 's3cret')).toBe(false);
    expect(isWordPressReady('ready', 's3cret')).toBe(false);
  });
});
