// What a screen reader says: Orca reading Firefox ESR (e2e/drivers/orca.ts), driven by key presses
// through the journeys a reader takes, its speech held as reviewed transcripts in
// e2e/screen-reader.spec.ts-snapshots/ (as the accessibility tree is, in a11y-tree.spec.ts). A change
// to what is heard fails here until someone reads the new transcript and accepts it:
//   npm run e2e -- --project screen-reader --update-snapshots
// Each transcript is what Orca sent to be spoken, one utterance a line; `[Tab]` marks a key press.
import { expect, test } from '@playwright/test';
import { missingForScreenReader, type ScreenReader, startScreenReader } from './drivers/orca.ts';

// In order, in one worker, sharing one screen reader; a failed journey does not skip the rest (a new
// worker starts the screen reader again).
test.describe.configure({ mode: 'default', timeout: 180_000 });

const missing = missingForScreenReader();
test.skip(missing.length > 0 && !process.env.CI, `no screen reader here (apt-get install ${missing.join(' ')})`);

let reader: ScreenReader;
let base: string;

test.beforeAll(async ({ baseURL }) => {
  expect(missing, 'what the screen-reader tests need').toEqual([]);
  base = baseURL!;
  reader = await startScreenReader();
});

test.afterAll(async () => {
  await reader?.stop();
});

/** What is held and compared: all that was said, less what depends on timing, not on the page: the
 * browser's window as it opens (its title may be the page's or not yet), and Orca's "Browse mode" and
 * "Focus mode", which it says or not as focus and its own mode change race. The journeys show the
 * mode by what the keys do (the timeline's arrows speak steps only in focus mode). */
function transcript(said: readonly string[], { opening = false } = {}): string {
  const loaded = opening ? said.findIndex((line) => line.startsWith('Finished loading ')) : 0;
  const kept = said.slice(Math.max(loaded, 0)).filter((line) => line !== 'Browse mode' && line !== 'Focus mode');
  return `${kept.join('\n')}\n`;
}

/** Words a reader should never hear from the page: the markup's, not the story's. Soft: the journeys
 * after one that fails still run, and their transcripts are still written. */
function expectNoNoise(said: readonly string[]): void {
  // One "clickable" stays, on an opened popup's heading: Orca says it of any focusable element with
  // an ancestor that listens for clicks, and a popup lies inside Leaflet's map, which must. The
  // heading is where focus belongs (a focused dialog is read whole); nothing else may say it.
  const onPopupHeading = (line: string, i: number) => /heading level 2 clickable\.$/.test(line) && /dialog$/.test(said[i - 1] ?? '');
  const clickable = said.filter((line, i) => /\bclickable\b/.test(line) && !onPopupHeading(line, i));
  expect.soft(clickable, 'a click handler or a needless tabIndex heard as "clickable"').toEqual([]);
  expect.soft(said.join('\n'), 'a "·" in accessible text heard as "middle dot"').not.toMatch(/middle dot/);
}

test.describe('the story page', () => {
  test('loading reads the page from the top to the end', async () => {
    const said = await reader.open(`${base}/`);
    expect(transcript(said, { opening: true })).toMatchSnapshot('story-load.txt');
    expectNoNoise(said);
  });

  test('Tab to a marker, Enter opens its popup, Escape closes it', async () => {
    await reader.open(`${base}/`);
    const said = [...(await reader.pressUntil('Tab', /^Camp Taji push button/)), ...(await reader.press('Return')), ...(await reader.press('Escape'))];
    expect(transcript(said)).toMatchSnapshot('story-marker.txt');
    expectNoNoise(said);
  });

  test('the timeline: Next event twice, then Tab into the steps and the arrow keys', async () => {
    await reader.open(`${base}/`);
    const said = [
      ...(await reader.pressUntil('Tab', /^Next event push button/)),
      ...(await reader.press('Return', 'Return')),
      // Into the steps, a toolbar: the screen reader's focus mode, where the arrows reach the page.
      ...(await reader.press('Tab', 'Right', 'Right', 'Left')),
    ];
    expect(transcript(said)).toMatchSnapshot('story-timeline.txt');
    expectNoNoise(said);
  });

  test('an article passage opens its place; "Read in the article" goes back to the passage', async () => {
    await reader.open(`${base}/`);
    const said = [
      ...(await reader.pressUntil('Tab', /^Show Camp Taji on the map/)),
      ...(await reader.press('Return')),
      ...(await reader.pressUntil('Tab', /Read in the article/)),
      ...(await reader.press('Return', 'Down')),
    ];
    expect(transcript(said)).toMatchSnapshot('story-passage.txt');
    expectNoNoise(said);
  });

  test('the places list: a place not on the map says why', async () => {
    await reader.open(`${base}/`);
    // The page's first link skips the map and the article.
    const said = [
      ...(await reader.pressUntil('Tab', /^Skip to the list of places/)),
      ...(await reader.press('Return')),
      ...(await reader.pressUntil('Tab', /^Why al-Sa’idat is not on the map/)),
      // The button leaves Orca in its focus mode (it is expandable): Orca+A goes back to browse mode, to read on.
      ...(await reader.press('Return', 'Insert+a', 'Down', 'Down')),
    ];
    expect(transcript(said)).toMatchSnapshot('story-places.txt');
    expectNoNoise(said);
  });
});

test.describe('the embed', () => {
  test('loading reads the embed', async () => {
    const said = await reader.open(`${base}/embed.html`);
    expect(transcript(said, { opening: true })).toMatchSnapshot('embed-load.txt');
    expectNoNoise(said);
  });

  test('Tab to a marker, Enter opens its popup, Escape closes it', async () => {
    await reader.open(`${base}/embed.html`);
    const said = [...(await reader.pressUntil('Tab', /^Camp Taji push button/)), ...(await reader.press('Return')), ...(await reader.press('Escape'))];
    expect(transcript(said)).toMatchSnapshot('embed-marker.txt');
    expectNoNoise(said);
  });
});
