// The axis above the steps: a dot per event at its real place in time, and the month starts, so the
// weeks of calm between two events look like weeks. A picture of what the list says in words (each
// step's gap): hidden from screen readers.
import type { StoryEvent } from '../story/types.ts';
import { daysBetween } from './steps.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function TimelineAxis({ events, current }: { events: readonly StoryEvent[]; current: number }) {
  const first = events[0]!.date;
  const span = daysBetween(first, events.at(-1)!.date);
  if (span === 0) return null;
  const at = (date: string): string => `${((100 * daysBetween(first, date)) / span).toFixed(2)}%`;
  return (
    <div className="tl-axis" aria-hidden="true">
      {span >= 28 &&
        monthStarts(first, events.at(-1)!.date).map((month) => (
          <span key={month} className="tl-tick" style={{ left: at(month) }}>
            {monthLabel(month)}
          </span>
        ))}
      {events.map((event, i) => (
        <span key={event.id} className="tl-dot" data-current={i === current || undefined} style={{ left: at(event.date) }} />
      ))}
    </div>
  );
}

/** The first day of each month after `from`, up to `to`: "2020-01-01", … */
function monthStarts(from: string, to: string): string[] {
  const starts: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    const start = `${y}-${String(m).padStart(2, '0')}-01`;
    if (start > to) return starts;
    starts.push(start);
  }
}

/** "Jan 2020" for a January, "Feb" for the rest. */
function monthLabel(start: string): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  return m === 1 ? `${MONTHS[0]} ${y}` : MONTHS[m - 1]!;
}
