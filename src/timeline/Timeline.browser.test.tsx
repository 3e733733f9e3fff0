// The timeline as a component, in real browsers (the `components` project): what Previous, Next and
// the keys inside it select, what they say, and where focus stays. The whole page's timeline, its
// popups and its hash, is the end-to-end specs' (e2e/timeline.neutral.spec.ts, WebKitGTK too).
import '../styles/app.css';
import { story } from 'virtual:story';
import { useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { press } from '../components.test-harness.tsx';
import { type Selection, SelectionProvider, useSelection } from '../selection/SelectionContext.tsx';
import { stepAnnouncement } from './steps.ts';
import { Timeline } from './Timeline.tsx';

let host: HTMLElement;
let root: Root;
let selection: Selection | null = null;

/** Hands the test the selection, as the map reads it. */
function SelectionState() {
  const { selection: now } = useSelection();
  useEffect(() => {
    selection = now;
  }, [now]);
  return null;
}

beforeEach(async () => {
  selection = null;
  history.replaceState(null, '', location.pathname + location.search);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  root.render(
    <SelectionProvider story={story}>
      <SelectionState />
      <Timeline story={story} />
    </SelectionProvider>,
  );
  await expect.poll(() => host.querySelectorAll('.tl-step').length).toBe(story.events.length);
});

afterEach(() => {
  root.unmount();
  host.remove();
});

const { events } = story;
const byId = new Map(story.places.map((p) => [p.id, p]));
const q = <E extends Element>(selector: string) => host.querySelector<E>(selector)!;
/** Activates the focused button, as Enter or a click does (a button's own default action). */
const activate = () => (document.activeElement as HTMLElement).click();
const live = () => q('[aria-live="polite"]').textContent;

it('Next selects each event in turn, says it once in the live region and keeps focus on Next; it ends at the last', async () => {
  expect(q('.tl-status').textContent).toBe(`${events.length} events`);
  q<HTMLButtonElement>('.tl-next').focus();
  for (const [i, event] of events.entries()) {
    activate();
    await expect.poll(() => selection?.step).toBe(event.id);
    expect(selection?.source).toBe('step');
    await expect.poll(live).toBe(stepAnnouncement(event, i, events.length, byId));
    expect(q('.tl-status').textContent).toBe(`Event ${i + 1} of ${events.length}`);
    expect([...host.querySelectorAll('.tl-step[aria-current="step"]')].map((b) => (b as HTMLElement).dataset.event)).toEqual([event.id]);
    expect(document.activeElement).toBe(q('.tl-next'));
  }
  expect(q('.tl-next').getAttribute('aria-disabled')).toBe('true');
  activate();
  expect(selection?.step).toBe(events.at(-1)!.id);
  q<HTMLButtonElement>('.tl-prev').focus();
  activate();
  await expect.poll(() => selection?.step).toBe(events.at(-2)!.id);
});

it('the steps are one Tab stop; the arrow keys, Home and End move focus and the selection from the focused step, and say nothing more', async () => {
  const stops = () => [...host.querySelectorAll<HTMLElement>('.tl-step')].filter((b) => b.tabIndex === 0).map((b) => b.dataset.event);
  expect(stops()).toEqual([events[0]!.id]);
  expect(q('.tl-list').getAttribute('role')).toBe('toolbar');
  q<HTMLElement>('.tl-step').focus();
  const focused = () => (document.activeElement as HTMLElement | null)?.dataset.event;
  press('ArrowRight');
  await expect.poll(focused).toBe(events[1]!.id);
  expect(selection?.step).toBe(events[1]!.id);
  expect(stops()).toEqual([events[1]!.id]);
  // A step that takes focus says itself: the live region stays quiet.
  expect(live()).toBe('');
  press('ArrowLeft');
  await expect.poll(focused).toBe(events[0]!.id);
  press('End');
  await expect.poll(focused).toBe(events.at(-1)!.id);
  expect(selection?.step).toBe(events.at(-1)!.id);
  press('Home');
  await expect.poll(focused).toBe(events[0]!.id);
  press('ArrowLeft');
  expect(focused()).toBe(events[0]!.id);
  expect(live()).toBe('');
});
