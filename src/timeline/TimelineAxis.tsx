// The axis above the steps: a dot per event at its real place in time, to scale between breaks where
// a gap is too long to draw (1999 … 2023), with ticks in a unit that suits each stretch (years,
// months, days or hours) and as many as their labels leave room for. The build lays it out for a
// range of widths (node/story/axis.ts); this draws the widest that the axis holds. A picture of what
// the list says in words (each step's gap): hidden from screen readers.
import { useLayoutEffect, useRef, useState } from 'react';
import type { StoryEvent, TimelineAxisAt } from '../../shared/story/types.ts';

export function TimelineAxis({ events, axis, current }: { events: readonly StoryEvent[]; axis: readonly TimelineAxisAt[]; current: number }) {
  const element = useRef<HTMLDivElement>(null);
  // The axis's width, px (0 until it is first measured, before paint).
  const [width, setWidth] = useState(0);
  useLayoutEffect(function measureTheAxis() {
    const axisElement = element.current;
    if (!axisElement) return;
    const measure = () => setWidth(axisElement.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(axisElement);
    return function stopMeasuring() {
      observer.disconnect();
    };
  }, []);
  if (axis.length === 0) return null;
  // Narrowest first: the last that fits, or the narrowest.
  const { layout } = axis.reduce((best, at) => (at.width <= width ? at : best), axis[0]!);
  return (
    <div className="tl-axis" aria-hidden="true" ref={element}>
      {layout.segments.map((segment) => (
        <span key={segment.left} className="tl-line" style={{ left: `${segment.left}%`, width: `${segment.width}%` }} />
      ))}
      {layout.breaks.map((at) => (
        <span key={at} className="tl-break" style={{ left: `${at}%` }} />
      ))}
      {layout.ticks.map((tick) => (
        <span key={`${tick.left}-${tick.label}`} className={tick.end ? 'tl-tick tl-tick--end' : 'tl-tick'} style={{ left: `${tick.left}%` }}>
          {tick.label}
        </span>
      ))}
      {events.map((event, i) => (
        <span key={event.id} className="tl-dot" data-current={i === current || undefined} style={{ left: `${layout.dots[i]}%` }} />
      ))}
    </div>
  );
}
