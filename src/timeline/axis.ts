// The timeline axis's arithmetic, apart from its component so that it can be tested alone: where each
// event's dot stands, where the axis breaks a gap too long to draw to scale (1999 … 2023), and which
// ticks each stretch carries, in a unit that suits its span (years, months, days or hours) and no
// closer than their labels allow at the axis's width. Dates are local dates and times as the story
// gives them ("2023-02-06", "04:17"), reckoned by hand so that no time zone can shift them.
import type { StoryEvent } from '../story/types.ts';

export type TickUnit = 'year' | 'month' | 'day' | 'hour';

/** A stretch of the axis drawn to scale: between two stretches the axis breaks. */
export interface AxisSegment {
  /** Where it starts and how wide it is, % of the axis. */
  readonly left: number;
  readonly width: number;
  /** Its first and last moment, minutes from 1970-01-01 00:00 (local time). */
  readonly from: number;
  readonly to: number;
  /** The unit of its ticks; null for a stretch of one moment. */
  readonly unit: TickUnit | null;
}

export interface AxisTick {
  /** % of the axis. */
  readonly left: number;
  readonly label: string;
  /** The label stands left of its tick (it would run past the axis's end otherwise). */
  readonly end: boolean;
}

export interface AxisLayout {
  readonly segments: readonly AxisSegment[];
  /** Where the axis breaks, % of the axis: the middle of each gap left undrawn. */
  readonly breaks: readonly number[];
  /** Each event's dot, % of the axis, in the order of the events. */
  readonly dots: readonly number[];
  readonly ticks: readonly AxisTick[];
}

type Moment = Pick<StoryEvent, 'date' | 'timeLocal'>;

const DAY = 1440;
/** A gap is broken when, drawn to scale, it would squeeze the rest of the axis into less than a ninth. */
const BREAK_RATIO = 8;
/** Width of a break, px. */
const BREAK_PX = 18;
/** Room around a label, px. */
const LABEL_GAP = 8;
/** A label's width, px: the axis's 0.7 rem labels are about 7 px a character (DejaVu Sans digits 7.1). */
const labelPx = (label: string): number => label.length * 7;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Whole days from 1970-01-01 to an ISO date, read by hand so that no time zone can shift them. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000;
}

/** Minutes from 1970-01-01 00:00 to an event (its date's start when its time is not known). */
export function minuteOf({ date, timeLocal }: Moment): number {
  const [h, m] = (timeLocal ?? '00:00').split(':').map(Number);
  return dayNumber(date) * DAY + h! * 60 + m!;
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
 */
export function layoutAxis(events: readonly Moment[], widthPx: number): AxisLayout | null {
  const moments = events.map(minuteOf);
  const first = moments[0];
  const last = moments.at(-1);
  if (first === undefined || last === undefined || last === first) return null;
  const broken = breaksOf(moments);

  // The stretches: runs of events between broken gaps.
  const runs: number[][] = [[0]];
  for (let i = 1; i < moments.length; i++) {
    if (broken.has(i - 1)) runs.push([]);
    runs.at(-1)!.push(i);
  }
  const stretches = runs.map((run) => {
    const from = moments[run[0]!]!;
    const to = moments[run.at(-1)!]!;
    // Hours only where every event has its clock time: a date alone does not say which hour.
    const unit = to > from ? unitFor(to - from) : null;
    return { run, from, to, unit: unit === 'hour' && run.some((e) => events[e]!.timeLocal === null) ? ('day' as const) : unit };
  });

  // Widths, px: each break BREAK_PX, a one-moment stretch its label, the rest shared alike.
  const width = Math.max(widthPx, 1);
  const pointLabel = (i: number): string => {
    const date = events[stretches[i]!.run[0]!]!.date;
    const year = date.slice(0, 4);
    const sameYear = [stretches[i - 1], stretches[i + 1]].some((s) => s && events[s.run[0]!]!.date.slice(0, 4) === year);
    return sameYear ? shortDate(date) : year;
  };
  const pointPx = stretches.map((s, i) => (s.unit === null ? labelPx(pointLabel(i)) + LABEL_GAP : 0));
  const spanning = stretches.filter((s) => s.unit !== null).length;
  const free = Math.max(width - BREAK_PX * (stretches.length - 1) - pointPx.reduce((a, b) => a + b, 0), 0);
  let x = 0;
  const segments: AxisSegment[] = [];
  const breaks: number[] = [];
  const dots: number[] = new Array(events.length).fill(0);
  const ticks: { px: number; label: string; keep: boolean }[] = [];
  stretches.forEach((s, i) => {
    if (i > 0) {
      breaks.push(pct(x + BREAK_PX / 2, width));
      x += BREAK_PX;
    }
    const px = s.unit === null ? pointPx[i]! : free / spanning;
    // A one-moment stretch puts its dot where its label starts: at its left, or at its right when it
    // ends the axis.
    const atEnd = s.unit === null && i === stretches.length - 1 && i > 0;
    const pos = (moment: number, date: string): number => {
      if (s.unit === null) return atEnd ? x + px : x;
      const value = s.unit === 'hour' || s.unit === 'day' ? moment : dayNumber(date) * DAY;
      const lo = s.unit === 'hour' || s.unit === 'day' ? s.from : dayNumber(events[s.run[0]!]!.date) * DAY;
      const hi = s.unit === 'hour' || s.unit === 'day' ? s.to : dayNumber(events[s.run.at(-1)!]!.date) * DAY;
      return x + (hi > lo ? ((value - lo) / (hi - lo)) * px : px / 2);
    };
    for (const e of s.run) dots[e] = pct(pos(moments[e]!, events[e]!.date), width);
    if (s.unit === null) ticks.push({ px: pos(s.from, events[s.run[0]!]!.date), label: pointLabel(i), keep: true });
    else {
      for (const tick of ticksOf(s.unit, s.from, s.to, px, events[s.run[0]!]!.date)) {
        ticks.push({ px: pos(tick.at, isoOfDay(Math.floor(tick.at / DAY))), label: tick.label, keep: !!tick.caption });
      }
    }
    segments.push({ left: pct(x, width), width: pct(px, width), from: s.from, to: s.to, unit: s.unit });
    x += px;
  });

  return { segments, breaks, dots, ticks: placeLabels(ticks, width) };
}

/** Ticks of `unit` between two moments, every `step` units so that labels keep apart over `px`; an
 * hours stretch also carries its date as a caption at its start. */
function ticksOf(unit: TickUnit, from: number, to: number, px: number, firstDate: string): { at: number; label: string; caption?: boolean }[] {
  const out: { at: number; label: string; caption?: boolean }[] = [];
  const unitMinutes = { hour: 60, day: DAY, month: 30.44 * DAY, year: 365.25 * DAY }[unit];
  const widest = { hour: '00:00', day: '30 Sep', month: 'Sep', year: '2000' }[unit];
  const steps = { hour: [1, 2, 3, 6, 12], day: [1, 2, 7, 14], month: [1, 2, 3, 6], year: [1, 2, 5, 10, 20, 50, 100] }[unit];
  const perUnit = (px / (to - from)) * unitMinutes;
  const step = steps.find((k) => k * perUnit >= labelPx(widest) + LABEL_GAP) ?? steps.at(-1)!;
  if (unit === 'hour') {
    out.push({ at: from, label: shortDate(firstDate, true), caption: true });
    for (let t = Math.ceil(from / 60 / step) * step * 60; t <= to; t += step * 60) {
      if (t === from) continue;
      const minute = t % DAY;
      out.push({ at: t, label: minute === 0 ? shortDate(isoOfDay(t / DAY)) : `${String(minute / 60).padStart(2, '0')}:00` });
    }
  } else if (unit === 'day') {
    for (let d = Math.ceil(from / DAY); d * DAY <= to; d += step)
      if (d * DAY > from || from % DAY === 0) out.push({ at: d * DAY, label: shortDate(isoOfDay(d), d === Math.ceil(from / DAY)) });
  } else if (unit === 'month') {
    let [y, m] = isoOfDay(Math.floor(from / DAY))
      .split('-')
      .map(Number) as [number, number];
    let firstTick = true;
    for (;;) {
      m += 1;
      if (m > 12) [y, m] = [y + 1, 1];
      const day = dayNumber(`${y}-${String(m).padStart(2, '0')}-01`);
      if (day * DAY > to) break;
      if ((m - 1) % step !== 0) continue;
      out.push({ at: day * DAY, label: m === 1 || firstTick ? `${MONTHS[m - 1]} ${y}` : MONTHS[m - 1]! });
      firstTick = false;
    }
  } else {
    const y0 = Number(isoOfDay(Math.floor(from / DAY)).slice(0, 4));
    for (let y = Math.ceil((y0 + 1) / step) * step; ; y += step) {
      const day = dayNumber(`${y}-01-01`);
      if (day * DAY > to) break;
      out.push({ at: day * DAY, label: String(y) });
    }
  }
  return out;
}

/** Keeps the labels that do not run into the one before, captions first; a label that would run past
 * the axis's end stands left of its tick. */
function placeLabels(ticks: readonly { px: number; label: string; keep: boolean }[], width: number): AxisTick[] {
  const boxes = ticks.map((t) => {
    const w = labelPx(t.label) + LABEL_GAP / 2;
    const end = t.px + w > width;
    return { ...t, end, from: end ? t.px - w : t.px, to: end ? t.px : t.px + w };
  });
  const kept: typeof boxes = [];
  for (const box of [...boxes.filter((b) => b.keep), ...boxes.filter((b) => !b.keep)]) {
    if (box.from < 0 || kept.some((k) => box.from < k.to + LABEL_GAP / 2 && k.from < box.to + LABEL_GAP / 2)) continue;
    kept.push(box);
  }
  return kept.sort((a, b) => a.px - b.px).map((b) => ({ left: pct(b.px, width), label: b.label, end: b.end }));
}

const pct = (px: number, width: number): number => Math.round((10_000 * px) / width) / 100;

/** "2023-02-06" for day number 19394. */
function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** "6 Feb", or "6 Feb 2023" with its year. */
function shortDate(iso: string, withYear = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]}${withYear ? ` ${y}` : ''}`;
}
