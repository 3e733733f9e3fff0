// The timeline: the story's dated events in order, on an axis that keeps the real gaps between them,
// each a button that selects the event's places (SelectionContext's steps); Previous and Next, and
// the arrow keys inside it, step through them. The steps are a toolbar with one Tab stop (a roving
// tabindex): a screen reader switches to its focus mode there, so its arrow keys reach the steps.
// Each change is heard once: a step that takes focus says itself (its name, its description), and
// Previous and Next, which keep focus, are answered politely by a live region. A story without
// dates has no timeline (the caller renders none).
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { Story } from '../../shared/story/types.ts';
import { formatDate } from '../../shared/story/words.ts';
import { noteStepStart } from '../map/timing.ts';
import { useSelection } from '../selection/SelectionContext.tsx';
import { prefersReducedMotion } from '../ui/motion.ts';
import { gapBetween, stepAnnouncement, stepDescription, stepName } from './steps.ts';
import { TimelineAxis } from './TimelineAxis.tsx';
import './timeline.css';

const STEP_KEYS: Readonly<Record<string, (at: number, last: number) => number>> = {
  ArrowRight: (at, last) => Math.min(at + 1, last),
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowLeft: (at) => Math.max(at - 1, 0),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

export function Timeline({ story }: { story: Story }) {
  const { events } = story;
  const { selection, selectStep } = useSelection();
  const places = useMemo(() => new Map(story.places.map((p) => [p.id, p])), [story]);
  const current = selection?.step ? events.findIndex((e) => e.id === selection.step) : -1;
  // Where Previous and Next go from once the reader has left the step (a place picked elsewhere).
  const [cursor, setCursor] = useState(-1);
  const at = current >= 0 ? current : cursor;
  const last = events.length - 1;
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const focusAfterStep = useRef(false);
  // The change came from a step button, which says it as it takes or holds focus.
  const fromStep = useRef(false);
  // The step that is the toolbar's Tab stop: the last one focused, else the current one, else the first.
  const [stop, setStop] = useState(0);

  const source = selection?.source;
  useEffect(
    function followTheStep() {
      if (current < 0) return;
      setCursor(current);
      setStop(current);
      // A deep link opens its step quietly, as it opens a place; a step button speaks for itself.
      if (source !== 'hash' && !fromStep.current) setAnnouncement(stepAnnouncement(events[current]!, current, events.length, places));
      fromStep.current = false;
      const button = list.current?.querySelectorAll<HTMLButtonElement>('.tl-step')[current];
      if (!button || !list.current) return;
      if (focusAfterStep.current) button.focus({ preventScroll: true });
      focusAfterStep.current = false;
      // Scrolls the row of steps alone: scrollIntoView could scroll the page too.
      const row = list.current;
      const left = button.offsetLeft - row.offsetLeft;
      if (left < row.scrollLeft || left + button.offsetWidth > row.scrollLeft + row.clientWidth) {
        row.scrollTo({ left: left - 8, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      }
    },
    [current, source, events, places],
  );

  const go = (index: number, startedAt: number, byStep = false): void => {
    if (index < 0 || index > last) return;
    fromStep.current = byStep;
    noteStepStart(startedAt);
    selectStep(events[index]!.id, 'step');
  };
  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    const move = STEP_KEYS[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    // From the focused step, if one is; else from the current one; from before the first, at the first.
    const onStep = (event.target as HTMLElement).closest<HTMLElement>('.tl-step');
    const from = onStep ? events.findIndex((e) => e.id === onStep.dataset.event) : at;
    const next = from < 0 ? 0 : move(from, last);
    focusAfterStep.current = onStep !== null;
    go(next, event.timeStamp, onStep !== null);
  }

  return (
    <nav className="timeline" aria-labelledby="timeline-title" onKeyDown={onKeyDown}>
      <div className="tl-bar">
        <h2 className="tl-title" id="timeline-title">
          Timeline
        </h2>
        <p className="tl-status">{at >= 0 ? `Event ${at + 1} of ${events.length}` : `${events.length} ${events.length === 1 ? 'event' : 'events'}`}</p>
        <span className="tl-nav">
          <button type="button" className="control tl-prev" aria-disabled={at <= 0} onClick={(e) => at > 0 && go(at - 1, e.timeStamp)}>
            Previous event
          </button>
          <button type="button" className="control tl-next" aria-disabled={at >= last} onClick={(e) => at < last && go(at + 1, e.timeStamp)}>
            Next event
          </button>
        </span>
      </div>
      <TimelineAxis events={events} axis={story.axis} current={current} />
      <ol
        className="tl-list"
        ref={list}
        role="toolbar"
        aria-label="Events"
        // The row scrolls, and Firefox makes a Tab stop of every scroller: its steps are the stop.
        tabIndex={-1}
      >
        {events.map((event, i) => (
          // Items of a toolbar, not of a list.
          <li key={event.id} className="tl-item" role="none">
            <span className="tl-gap">{i > 0 ? gapBetween(events[i - 1]!, event) : 'First'}</span>
            <button
              type="button"
              className="tl-step"
              // Its lines read as one sentence, punctuated as they are not on screen.
              aria-label={stepName(event)}
              aria-description={stepDescription(event, i, events.length, places)}
              aria-current={i === current ? 'step' : undefined}
              tabIndex={i === stop ? 0 : -1}
              data-event={event.id}
              onFocus={() => setStop(i)}
              onClick={(e) => go(i, e.timeStamp, true)}
            >
              <time dateTime={event.timeLocal ? `${event.date}T${event.timeLocal}` : event.date}>{formatDate(event.date)}</time>
              {event.timeLocal && (
                <span className="tl-time">
                  {event.approximate ? 'about ' : ''}
                  {event.timeLocal} local time
                </span>
              )}
              <span className="tl-what">{event.what}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </nav>
  );
}
