// Performance marks a newsroom's monitoring (and `npm run bench`) can read: when the map is ready,
// how long a popup takes from the reader's click or key to its painted content, and a timeline
// step from its click to the paint that marks its places. Only the latest
// measure is kept, so a long reading session does not grow the browser's performance buffer.
export const MAP_READY = 'iraq-strikes-map:map-ready';
export const POPUP_OPEN = 'iraq-strikes-map:popup-open';
export const STEP_HIGHLIGHT = 'iraq-strikes-map:step-highlight';

/** Runs `then` just after the next frame has been painted (a task queued from the frame's rAF). */
export function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      then();
    };
    channel.port2.postMessage(null);
  });
}

/** Marks the map ready once, after the paint that first shows every place. */
export function markMapReady(): void {
  if (performance.getEntriesByName(MAP_READY).length === 0) afterNextPaint(() => performance.mark(MAP_READY));
}

/** Measures a popup's opening, from the input event's time to the paint that shows its content. */
export function measurePopupOpen(start: number): void {
  afterNextPaint(() => {
    performance.clearMeasures(POPUP_OPEN);
    performance.measure(POPUP_OPEN, { start, end: performance.now() });
  });
}

let step: { start: number; frames: number; counting: boolean } | null = null;

/** A timeline step was asked for at `start` (its input event's time): counts the frames drawn from
 * now until its places are marked. */
export function noteStepStart(start: number): void {
  const pending = { start, frames: 0, counting: true };
  step = pending;
  const count = (): void => {
    if (!pending.counting) return;
    pending.frames++;
    requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
}

/** The step's places are marked: measures from its input to the paint that shows the marks; its
 * detail says in which frame after the input that paint is (1: the very next one). */
export function measureStepHighlight(): void {
  const pending = step;
  if (pending === null) return;
  step = null;
  pending.counting = false;
  const frame = pending.frames + 1;
  afterNextPaint(() => {
    performance.clearMeasures(STEP_HIGHLIGHT);
    performance.measure(STEP_HIGHLIGHT, { start: pending.start, end: performance.now(), detail: { frame } });
  });
}
