import { describe, expect, it } from 'vitest';
import { loadStoryDir } from './loadStoryDir.ts';
import { formatDate, formatWhen, kindLabel, placeSummary, precisionSummary } from './words.ts';

const story = loadStoryDir('geo');
const byId = (id: string) => story.places.find((p) => p.id === id)!;

describe('words', () => {
  it('formats ISO dates without a time zone shifting them', () => {
    expect(formatDate('2020-03-13')).toBe('13 March 2020');
    expect(formatDate('2019-12-31')).toBe('31 December 2019');
  });

  it('formats a dated event with its local time and "about" when approximate', () => {
    expect(formatWhen({ date: '2020-03-11', timeLocal: '19:35', approximate: false, what: '', source: '' })).toBe('11 March 2020, 19:35 local time');
    expect(formatWhen({ date: '2020-01-08', timeLocal: '01:30', approximate: true, what: '', source: '' })).toBe('8 January 2020, about 01:30 local time');
    expect(formatWhen({ date: '2019-12-31', timeLocal: null, approximate: false, what: '', source: '' })).toBe('31 December 2019');
  });

  it('says how precise each kind of place is, in plain words', () => {
    expect(precisionSummary(byId('jurf-al-nasr'))).toBe('Approximate: somewhere within about 10 km of the town point (the dashed halo).');
    expect(precisionSummary(byId('najaf'))).toBe('Approximate: somewhere within about 10 km of the city centre (the dashed halo).');
    expect(precisionSummary(byId('camp-taji'))).toBe('Exact to the facility: the point lies within the named site.');
    expect(precisionSummary(byId('baghdad'))).toBe('Exact to the city: the point is its centre.');
    expect(precisionSummary(byId('al-saidat'))).toBe('Not located: no source gives a position.');
  });

  it('calls relayed areas reported, not struck', () => {
    expect(kindLabel(byId('al-musayyib'))).toBe('Reported strike area');
    expect(kindLabel(byId('karbala-international-airport'))).toBe('Airport struck');
    expect(placeSummary(byId('al-iskandariya'))).toBe('Reported strike area · approximate (10 km) · low confidence');
  });
});
