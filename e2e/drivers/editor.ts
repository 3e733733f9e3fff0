// The story editor driven as a journalist drives it: typing, pasting, selecting words with the mouse;
// and the editor's server (`npm run edit`) on a story folder, started and stopped by a test.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { ELSEWHERE_STORY_DIR } from '../fixtures/stories.ts';
import { waitUntilStill } from '../helpers.ts';

/** `npm run edit -- --story <dir>` on `port`, once its API answers. */
export async function startEditor(dir: string, port: number): Promise<{ origin: string; process: ChildProcess }> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['scripts/edit.mjs', '--story', dir, '--port', String(port)], { stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`${origin}/api/story`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
  return { origin, process: child };
}

/** A port of the editor's, clear of the site's (E2E_PORT moves both, so two runs do not meet), one
 * per spec file (`offset`) and per parallel worker. */
export function editorPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 4173) + 1022 + offset * 8 + Number(process.env.TEST_PARALLEL_INDEX ?? 0);
}

/** The editor on a copy of the Lualaba story for the tests of one spec file (`offset`): a copy made
 * before its first test and removed after its last; its folder and the editor's origin. */
export function editorOnCopy(test: typeof import('../fixtures.ts').test, offset: number): { readonly dir: string; readonly origin: string } {
  const dir = join(tmpdir(), `editor-${process.pid}-${offset}`, 'my-story');
  const port = editorPort(offset);
  let editor: ChildProcess | null = null;
  test.beforeAll(async () => {
    cpSync(ELSEWHERE_STORY_DIR, dir, { recursive: true });
    editor = (await startEditor(dir, port)).process;
  });
  test.afterAll(() => {
    editor?.kill();
    rmSync(join(dir, '..'), { recursive: true, force: true });
  });
  return { dir, origin: `http://127.0.0.1:${port}` };
}

/** Types `text` into a field as a person does, over whatever it held. (Playwright's fill() sets the
 * value in a way React's change tracking misses in Firefox over WebDriver BiDi.) */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
}

/** Pastes `text` into a text box at once, as a paste does: the native value setter, then the input
 * event browsers fire for a paste (typing 900 characters one by one takes minutes in Firefox). */
export async function pasteInto(field: Locator, text: string): Promise<void> {
  await field.evaluate((el, value) => {
    const prototype = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: value }));
  }, text);
}

/** Selects `words` in paragraph `paragraph` with the mouse: press at the first letter, drag to the last. */
export async function selectWords(page: Page, paragraph: string, words: string): Promise<void> {
  await page.evaluate((paragraph) => document.querySelector(`[data-paragraph="${paragraph}"]`)!.scrollIntoView({ block: 'center' }), paragraph);
  // Measured once the paragraph stays put: a scroll or a layout still settling would move the words
  // between the measure and the drag, and the drag would select others (seen once in CI, Chromium).
  await waitUntilStill(`paragraph ${paragraph}`, () =>
    page.evaluate((paragraph) => document.querySelector(`[data-paragraph="${paragraph}"]`)!.getBoundingClientRect().toJSON(), paragraph),
  );
  const [from, to] = await page.evaluate(
    ({ paragraph, words }) => {
      const p = document.querySelector(`[data-paragraph="${paragraph}"]`)!;
      const text = p.firstChild!;
      const start = text.textContent!.indexOf(words);
      const rect = (offset: number) => {
        const range = document.createRange();
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        const r = range.getClientRects()[0]!;
        return [r.left, r.top + r.height / 2, r.width] as const;
      };
      const [x0, y0] = rect(start);
      const [x1, y1, w1] = rect(start + words.length - 1);
      return [
        [x0 + 0.5, y0],
        [x1 + w1 - 0.5, y1],
      ];
    },
    { paragraph, words },
  );
  await page.mouse.move(from![0]!, from![1]!);
  await page.mouse.down();
  await page.mouse.move(to![0]!, to![1]!, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(words);
}

/** axe finds nothing to fix in the editor as it stands (`state` names it in the failure). */
export async function noAxeViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    state,
  ).toEqual([]);
}
