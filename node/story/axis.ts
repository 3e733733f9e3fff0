// The timeline axis, laid out at the build (src/timeline/TimelineAxis.tsx draws it): where each
// event's dot stands, where the axis breaks a gap too long to draw to scale (1999 … 2023), and which
// ticks each stretch carries, in a unit that suits its span (years, months, days or hours) and no
// closer than their labels allow at the axis's width. It is laid out for a range of widths, and the
// page draws the widest that its axis holds: the arithmetic costs the first view no code (1.6 KB
// gzipped, over the timeline's budget), the layouts a few hundred bytes of data. Dates and times are
// local, as the story gives them ("2023-02-06", "04:17"): they are reckoned as if they were UTC, so
// no time zone can shift them.
import type { AxisLayout, AxisSegment, AxisTick, StoryEvent, TickUnit, TimelineAxisAt } from '../../shared/story/types.ts';

type Moment = Pick<StoryEvent, 'date' | 'timeLocal'>;

const DAY = 1440;
/** A gap is broken when, drawn to scale, it would squeeze the rest of the axis into less than a ninth. */
const BREAK_RATIO = 8;
/** Width of a break, px. */
const BREAK_PX = 18;
/** Room around a label, px. */
const GAP = 8;
/** A label's width, px: the axis's 0.7 rem labels are about 7 px a character (DejaVu Sans digits 7.1). */
const labelPx = (label: string): number => label.length * 7;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Each unit's length in minutes, its steps, and its widest label in characters. */
const UNITS: Record<TickUnit, { minutes: number; steps: number[]; chars: number }> = {
  hour: { minutes: 60, steps: [1, 2, 3, 6, 12], chars: 5 },
  day: { minutes: DAY, steps: [1, 2, 7, 14], chars: 6 },
  month: { minutes: 30.44 * DAY, steps: [1, 2, 3, 6], chars: 3 },
  year: { minutes: 365.25 * DAY, steps: [1, 2, 5, 10, 20, 50, 100], chars: 4 },
};

/** The axis widths it is laid out for, px: from a 300 px phone's (about 240) to a wide embed's. */
export const AXIS_WIDTHS = [240, 280, 320, 400, 500, 640, 820, 1100];

/** The axis at each of AXIS_WIDTHS, narrowest first; [] when the events are one moment (or none). */
export function axisLayouts(events: readonly Moment[]): TimelineAxisAt[] {
  return AXIS_WIDTHS.flatMap((width) => {
    const layout = layoutAxis(events, width);
    return layout ? [{ width, layout }] : [];
  });
}

/** Minutes from 1970-01-01 00:00 to an event (its date's start when its time is not known). */
export function minuteOf({ date, timeLocal }: Moment): number {
  return Date.parse(`${date}T${timeLocal ?? '00:00'}Z`) / 60_000;
}

/** The unit that suits a stretch of `minutes`: hours under two days, days under four weeks, months
 * under three years, years beyond. (layoutAxis ticks days, not hours, where an event has no time.) */
export function unitFor(minutes: number): TickUnit {
  if (minutes < 2 * DAY) return 'hour';
  if (minutes < 28 * DAY) return 'day';
  if (minutes < 3 * 365 * DAY) return 'month';
  return 'year';
}

/**
 * Which gaps between consecutive moments (sorted) the axis breaks: the k longest, for the fewest k
 * whose shortest is more than BREAK_RATIO times all the other gaps together (so that, drawn to scale,
 * it would squeeze the rest of the axis into less than a ninth). A story whose gaps are alike (weeks
 * of calm between days of events) keeps one axis to scale; 1999 before two quakes of one day in 2023
 * breaks once; 1990, two days in 2005 and two in 2023 break twice. Returns the indexes i of the
 * broken gaps (moment i to i + 1).
 */
export function breaksOf(moments: readonly number[]): Set<number> {
  const gaps = moments.slice(1).map((m, i) => m - moments[i]!);
  const longestFirst = [...gaps].sort((a, b) => b - a);
  for (let k = 1; k < longestFirst.length; k++) {
    const shortest = longestFirst[k - 1]!;
    const rest = longestFirst.slice(k).reduce((sum, gap) => sum + gap, 0);
    if (rest > 0 && shortest > BREAK_RATIO * rest) return new Set(gaps.flatMap((gap, i) => (gap >= shortest ? [i] : [])));
  }
  return new Set();
}

/**
 * Lays out the axis for events in date order on an axis `widthPx` wide: stretches to scale between
 * breaks (a stretch of one moment as wide as its label; the others share the rest alike), each
 * event's dot, and ticks whose labels keep apart and inside the axis. Within hours and days the dots
 * stand at their clock times; within months and years at their dates, where an hour is not seen.
 * Null when all the events are one moment.
 */
export function layoutAxis(events: readonly Moment[], widthPx: number): AxisLayout | null {
  const moments = events.map(minuteOf);
  if (moments.length < 2 || moments.every((m) => m === moments[0])) return null;
  const broken = breaksOf(moments);

  // The stretches: runs of events between broken gaps.
  const runs: number[][] = [[0]];
  for (let i = 1; i < moments.length; i++) {
    if (broken.has(i - 1)) runs.push([]);
    runs.at(-1)!.push(i);
  }
  const stretches = runs.map((run, i) => {
    const [from, to] = [moments[run[0]!]!, moments[run.at(-1)!]!];
    let unit = to > from ? unitFor(to - from) : null;
    // Hours only where every event has its clock time: a date alone does not say which hour.
    if (unit === 'hour' && run.some((e) => events[e]!.timeLocal === null)) unit = 'day';
    // A stretch of one moment is labelled by its year, or by its day where a neighbour shares the year.
    const year = events[run[0]!]!.date.slice(0, 4);
    const shared = [runs[i - 1], runs[i + 1]].some((r) => r && events[r[0]!]!.date.startsWith(year));
    return { run, from, to, unit, label: shared ? dayLabel(new Date(from * 60_000)) : year };
  });

  // Widths, px: each break BREAK_PX, a one-moment stretch its label, the rest shared alike.
  const width = Math.max(widthPx, 1);
  const pointPx = (s: (typeof stretches)[number]): number => labelPx(s.label) + GAP;
  const points = stretches.filter((s) => s.unit === null);
  const free = Math.max(width - BREAK_PX * (stretches.length - 1) - points.reduce((sum, s) => sum + pointPx(s), 0), 0) / (stretches.length - points.length);
  let x = 0;
  const segments: AxisSegment[] = [];
  const breaks: number[] = [];
  const dots: number[] = [];
  const ticks: Tick[] = [];
  stretches.forEach((s, i) => {
    if (i > 0) {
      breaks.push(pct(x + BREAK_PX / 2, width));
      x += BREAK_PX;
    }
    const px = s.unit === null ? pointPx(s) : free;
    // Where a moment stands: by the clock within hours and days, by its date within months and years.
    const fine = s.unit === 'hour' || s.unit === 'day';
    const at = (m: number): number => (fine ? m : Math.floor(m / DAY) * DAY);
    const [lo, hi] = [at(s.from), at(s.to)];
    // A one-moment stretch puts its dot where its label starts: at its left, or at its right when it
    // ends the axis.
    const pos = (m: number): number => x + (hi > lo ? ((at(m) - lo) / (hi - lo)) * px : i > 0 && i === stretches.length - 1 ? px : 0);
    for (const e of s.run) dots[e] = pct(pos(moments[e]!), width);
    if (s.unit === null) ticks.push({ px: pos(s.from), label: s.label, keep: true });
    else for (const tick of ticksOf(s.unit, s.from, s.to, px)) ticks.push({ ...tick, px: pos(tick.px) });
    segments.push({ left: pct(x, width), width: pct(px, width), unit: s.unit });
    x += px;
  });

  return { segments, breaks, dots, ticks: placeLabels(ticks, width) };
}

interface Tick {
  /** px on the axis (minutes, from ticksOf). */
  readonly px: number;
  readonly label: string;
  /** Kept before the other labels. */
  readonly keep: boolean;
}

/** Ticks of `unit` after `from` and up to `to` (minutes), every so many units that their labels keep
 * apart over `px`; an hours stretch also carries its date as a caption at its start. */
function ticksOf(unit: TickUnit, from: number, to: number, px: number): Tick[] {
  const { minutes, steps, chars } = UNITS[unit];
  const step = steps.find((k) => (k * px * minutes) / (to - from) >= chars * 7 + GAP) ?? steps.at(-1)!;
  const t = new Date(from * 60_000);
  const out: Tick[] = unit === 'hour' ? [{ px: from, label: `${dayLabel(t)} ${t.getUTCFullYear()}`, keep: true }] : [];
  // Back to the start of the unit, then one unit at a time, keeping those on a multiple of the step.
  t.setUTCMinutes(0);
  if (unit !== 'hour') t.setUTCHours(0);
  if (unit === 'month' || unit === 'year') t.setUTCDate(1);
  if (unit === 'year') t.setUTCMonth(0);
  for (let m = t.getTime() / 60_000; m <= to; m = t.getTime() / 60_000) {
    const [y, mo, h] = [t.getUTCFullYear(), t.getUTCMonth(), t.getUTCHours()];
    const count = { year: y, month: mo, day: Math.floor(m / DAY), hour: h }[unit];
    if (m > from && count % step === 0) {
      const first = out.length === 0;
      const label = {
        year: String(y),
        month: mo === 0 || first ? `${MONTHS[mo]} ${y}` : MONTHS[mo]!,
        day: first ? `${dayLabel(t)} ${y}` : dayLabel(t),
        hour: h === 0 ? dayLabel(t) : `${String(h).padStart(2, '0')}:00`,
      }[unit];
      out.push({ px: m, label, keep: false });
    }
    if (unit === 'year') t.setUTCFullYear(y + 1);
    else if (unit === 'month') t.setUTCMonth(mo + 1);
    else if (unit === 'day') t.setUTCDate(t.getUTCDate() + 1);
    else t.setUTCHours(h + 1);
  }
  return out;
}

/** Keeps the labels that do not run into one kept before them, captions first; a label that would
 * run past the axis's end stands left of its tick. */
function placeLabels(ticks: readonly Tick[], width: number): AxisTick[] {
  const kept: { px: number; label: string; end: boolean; from: number; to: number }[] = [];
  for (const t of [...ticks.filter((t) => t.keep), ...ticks.filter((t) => !t.keep)]) {
    const w = labelPx(t.label) + GAP / 2;
    const end = t.px + w > width;
    const [from, to] = end ? [t.px - w, t.px] : [t.px, t.px + w];
    if (from >= 0 && kept.every((k) => from >= k.to + GAP / 2 || to + GAP / 2 <= k.from)) kept.push({ ...t, end, from, to });
  }
  return kept.sort((a, b) => a.px - b.px).map((k) => ({ left: pct(k.px, width), label: k.label, end: k.end }));
}

const pct = (px: number, width: number): number => Math.round((10_000 * px) / width) / 100;

/** "6 Feb" */
const dayLabel = (t: Date): string => `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]}`;
