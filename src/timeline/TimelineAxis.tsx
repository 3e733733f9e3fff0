// The axis above the steps: a dot per event at its real place in time, to scale between breaks where
// a gap is too long to draw (1999 … 2023), with ticks in a unit that suits each stretch (years,
// months, days or hours) and as many as their labels leave room for at the axis's width. A picture of
// what the list says in words (each step's gap): hidden from screen readers.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { StoryEvent } from '../story/types.ts';
import { layoutAxis } from './axis.ts';

export function TimelineAxis({ events, current }: { events: readonly StoryEvent[]; current: number }) {
  const axis = useRef<HTMLDivElement>(null);
  // The axis's width, px: how many ticks it can label (null until it is first measured, before paint).
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(function measureTheAxis() {
    const element = axis.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return function stopMeasuring() {
      observer.disconnect();
    };
  }, []);
  const layout = useMemo(() => (width === null ? null : layoutAxis(events, width)), [events, width]);
  // One moment (or one date with no times): nothing to draw to scale.
  if (events.length < 2 || events.every((e) => e.date === events[0]!.date && e.timeLocal === events[0]!.timeLocal)) return null;
  return (
    <div className="tl-axis" aria-hidden="true" ref={axis}>
      {layout?.segments.map((segment) => (
        <span key={segment.from} className="tl-line" style={{ left: `${segment.left}%`, width: `${segment.width}%` }} />
      ))}
      {layout?.breaks.map((at) => (
        <span key={at} className="tl-break" style={{ left: `${at}%` }} />
      ))}
      {layout?.ticks.map((tick) => (
        <span key={`${tick.left}-${tick.label}`} className={tick.end ? 'tl-tick tl-tick--end' : 'tl-tick'} style={{ left: `${tick.left}%` }}>
          {tick.label}
        </span>
      ))}
      {layout &&
        events.map((event, i) => <span key={event.id} className="tl-dot" data-current={i === current || undefined} style={{ left: `${layout.dots[i]}%` }} />)}
    </div>
  );
}
