// The axis above the steps: a dot per event at its real place in time, to scale between breaks where
// a gap is too long to draw (1999 … 2023), with ticks in a unit that suits each stretch (years,
// months, days or hours) and as many as their labels leave room for. The build lays it out for a
// range of widths (node/story/axis.ts); every layout is in the page, and the story's stylesheet shows
// the widest that the axis holds and places the marks (shared/story/axisClasses.ts), so the axis is
// drawn before any script runs and never jumps when it does. A picture of what the list says in
// words (each step's gap): hidden from screen readers.
import { axisAtClass, axisLayoutClass, axisWidthClass } from '../../shared/story/axisClasses.ts';
import type { StoryEvent, TimelineAxisAt } from '../../shared/story/types.ts';

export function TimelineAxis({ events, axis, current }: { events: readonly StoryEvent[]; axis: readonly TimelineAxisAt[]; current: number }) {
  if (axis.length === 0) return null;
  return (
    <div className="tl-axis" aria-hidden="true">
      {axis.map(({ width, layout }, n) => (
        <div key={width} className={`tl-layout ${axisLayoutClass(n)}`}>
          {layout.segments.map((segment) => (
            <span key={segment.left} className={`tl-line ${axisAtClass(segment.left)} ${axisWidthClass(segment.width)}`} />
          ))}
          {layout.breaks.map((at) => (
            <span key={at} className={`tl-break ${axisAtClass(at)}`} />
          ))}
          {layout.ticks.map((tick) => (
            <span key={`${tick.left}-${tick.label}`} className={`${tick.end ? 'tl-tick tl-tick--end' : 'tl-tick'} ${axisAtClass(tick.left)}`}>
              {tick.label}
            </span>
          ))}
          {events.map((event, i) => (
            <span key={event.id} className={`tl-dot ${axisAtClass(layout.dots[i]!)}`} data-current={i === current || undefined} />
          ))}
        </div>
      ))}
    </div>
  );
}
