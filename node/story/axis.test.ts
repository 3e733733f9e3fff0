import { describe, expect, it } from 'vitest';
import type { AxisLayout } from '../../shared/story/types.ts';
import { AXIS_WIDTHS, axisLayouts, breaksOf, layoutAxis, minuteOf, unitFor } from './axis.ts';

const dayNumber = (date: string): number => minuteOf({ date, timeLocal: null }) / 1440;

const at = (date: string, timeLocal: string | null = null) => ({ date, timeLocal });
/** The bundled story's six steps, Dec 2019 to Mar 2020. */
const ESCALATION = [at('2019-12-27', '19:20'), at('2019-12-31'), at('2020-01-03'), at('2020-01-08'), at('2020-03-11', '19:35'), at('2020-03-13', '01:15')];
/** The İzmit quake of 1999, and the two quakes of 6 February 2023. */
const QUAKES = [at('1999-08-17', '03:01'), at('2023-02-06', '04:17'), at('2023-02-06', '13:24')];
const WIDTHS = [280, 330, 700, 1250];

/** Every label's box, px, as the layout reckons it (7 px a character), for an axis `width` px wide. */
const labelBoxes = (layout: AxisLayout, width: number) =>
  layout.ticks.map((t) => {
    const x = (t.left / 100) * width;
    const w = t.label.length * 7;
    return t.end ? [x - w, x] : [x, x + w];
  });

describe('the axis’s units', () => {
  it('counts minutes from the local date and time, as the story gives them', () => {
    expect(minuteOf(at('2023-02-06', '13:24')) - minuteOf(at('2023-02-06', '04:17'))).toBe(9 * 60 + 7);
    expect(minuteOf(at('2020-03-01')) - minuteOf(at('2020-02-28'))).toBe(2 * 1440);
    expect(minuteOf(at('1970-01-02'))).toBe(1440);
  });

  it('ticks hours under two days, days under four weeks, months under three years, years beyond', () => {
    expect(unitFor(9 * 60)).toBe('hour');
    expect(unitFor(5 * 1440)).toBe('day');
    expect(unitFor(77 * 1440)).toBe('month');
    expect(unitFor(23.5 * 365 * 1440)).toBe('year');
  });
});

describe('breaks', () => {
  it('keeps a story whose gaps are alike to scale: weeks of calm between days of events', () => {
    expect(breaksOf(ESCALATION.map(minuteOf))).toEqual(new Set());
    expect(breaksOf([0, 1440])).toEqual(new Set());
  });

  it('breaks a gap that would squeeze the rest of the axis into less than a ninth', () => {
    expect(breaksOf(QUAKES.map(minuteOf))).toEqual(new Set([0]));
    // 1990, two days of 2005 and two of 2023: both long gaps break, though neither alone would.
    const decades = [at('1990-06-01'), at('2005-01-01'), at('2005-01-02'), at('2023-01-01'), at('2023-01-02')];
    expect(breaksOf(decades.map(minuteOf))).toEqual(new Set([0, 2]));
  });
});

describe('the bundled story’s axis', () => {
  it('is one stretch to scale, its dots at their dates, with the month starts', () => {
    const layout = layoutAxis(ESCALATION, 700)!;
    expect(layout.breaks).toEqual([]);
    expect(layout.segments).toMatchObject([{ left: 0, width: 100, unit: 'month' }]);
    const span = dayNumber('2020-03-13') - dayNumber('2019-12-27');
    expect(layout.dots).toEqual(ESCALATION.map((e) => Math.round((10_000 * (dayNumber(e.date) - dayNumber('2019-12-27'))) / span) / 100));
    expect(layout.ticks.map((t) => t.label)).toEqual(['Jan 2020', 'Feb', 'Mar']);
    expect(layout.ticks[0]!.left).toBeCloseTo((100 * 5) / span, 1);
  });

  it('keeps every month at 320 px', () => {
    expect(layoutAxis(ESCALATION, 280)!.ticks.map((t) => t.label)).toEqual(['Jan 2020', 'Feb', 'Mar']);
  });
});

describe('a story spanning decades with two events on one day', () => {
  it('breaks between 1999 and 2023, and places the two quakes of 6 February by their clock times', () => {
    const layout = layoutAxis(QUAKES, 700)!;
    expect(layout.segments.map((s) => s.unit)).toEqual([null, 'hour']);
    expect(layout.breaks).toHaveLength(1);
    const [point, hours] = layout.segments;
    expect(layout.breaks[0]).toBeGreaterThan(point!.left + point!.width);
    expect(layout.breaks[0]).toBeLessThan(hours!.left);
    expect(layout.dots[0]).toBe(0);
    expect(layout.dots[1]).toBeCloseTo(hours!.left, 1);
    expect(layout.dots[2]).toBeCloseTo(100, 1);
  });

  it('labels 1999 by its year, then the day of the quakes and its hours', () => {
    const labels = layoutAxis(QUAKES, 700)!.ticks.map((t) => t.label);
    expect(labels.slice(0, 2)).toEqual(['1999', '6 Feb 2023']);
    expect(labels.slice(2).length).toBeGreaterThanOrEqual(3);
    for (const label of labels.slice(2)) expect(label).toMatch(/^(0[5-9]|1[0-3]):00$/);
    // At 320 px there is room for fewer hours, two apart.
    expect(layoutAxis(QUAKES, 280)!.ticks.map((t) => t.label)).toEqual(['1999', '6 Feb 2023', '08:00', '10:00']);
  });

  it('has the same day’s events at one moment as one dot, and no axis for one moment', () => {
    expect(layoutAxis([at('2023-02-06', '04:17'), at('2023-02-06', '04:17')], 700)).toBeNull();
    expect(layoutAxis([at('2023-02-06', '04:17'), at('2023-02-06', '13:24')], 700)!.ticks[0]!.label).toBe('6 Feb 2023');
  });
});

describe('the layouts a story ships', () => {
  it('are laid out for each width, narrowest first, and none for one moment', () => {
    expect(axisLayouts(QUAKES).map((a) => a.width)).toEqual(AXIS_WIDTHS);
    expect(axisLayouts(QUAKES)[0]).toEqual({ width: AXIS_WIDTHS[0], layout: layoutAxis(QUAKES, AXIS_WIDTHS[0]!) });
    expect(axisLayouts([at('2023-02-06', '04:17')])).toEqual([]);
  });
});

describe('at any span and width', () => {
  const stories: Record<string, ReturnType<typeof at>[]> = {
    escalation: ESCALATION,
    quakes: QUAKES,
    'a week': [at('2024-05-01'), at('2024-05-02', '18:00'), at('2024-05-07')],
    'a night': [at('2024-05-01', '22:10'), at('2024-05-02', '03:40')],
    'ten years': [at('2010-01-15'), at('2013-06-01'), at('2016-02-29'), at('2020-11-03')],
    'decades, twice broken': [at('1990-06-01'), at('2005-01-01'), at('2005-01-02'), at('2023-01-01', '08:00'), at('2023-01-01', '17:30')],
  };
  for (const [name, events] of Object.entries(stories)) {
    it(`lays out ${name} with labels apart and inside the axis, dots in time order`, () => {
      for (const width of WIDTHS) {
        const layout = layoutAxis(events, width)!;
        const boxes = labelBoxes(layout, width).sort((a, b) => a[0]! - b[0]!);
        for (const [from, to] of boxes) {
          expect(from, `${name} at ${width} px`).toBeGreaterThanOrEqual(0);
          expect(to, `${name} at ${width} px`).toBeLessThanOrEqual(width);
        }
        for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0], `${name} at ${width} px`).toBeGreaterThanOrEqual(boxes[i - 1]![1]!);
        expect(layout.dots).toEqual([...layout.dots].sort((a, b) => a - b));
        expect(layout.ticks.length, `${name} at ${width} px`).toBeGreaterThanOrEqual(2);
      }
    });
  }

  it('ticks years, days and hours where the span asks for them', () => {
    const units = (events: ReturnType<typeof at>[]) => layoutAxis(events, 700)!.segments.map((s) => s.unit);
    expect(units(stories['ten years']!)).toEqual(['year']);
    expect(units(stories['a week']!)).toEqual(['day']);
    expect(units(stories['a night']!)).toEqual(['hour']);
    // Two dates a day apart, without times: days, since a date alone says no hour.
    expect(units(stories['decades, twice broken']!)).toEqual([null, 'day', 'hour']);
    expect(layoutAxis(stories['ten years']!, 700)!.ticks.map((t) => t.label)).toContain('2015');
    // The night crosses midnight: that tick says the new day.
    expect(layoutAxis(stories['a night']!, 700)!.ticks.map((t) => t.label)).toContain('2 May');
  });
});
