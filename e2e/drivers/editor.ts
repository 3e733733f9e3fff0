// The story editor driven as a journalist drives it: typing, pasting, selecting words with the mouse;
// and the editor's server (`npm run edit`) on a story folder, started and stopped by a test.
import { type ChildProcess, spawn } from 'node:child_process';
import { expect, type Locator, type Page } from '@playwright/test';

/** `npm run edit -- --story <dir>` on `port`, once its API answers. */
export async function startEditor(dir: string, port: number): Promise<{ origin: string; process: ChildProcess }> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['scripts/edit.mjs', '--story', dir, '--port', String(port)], { stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`${origin}/api/story`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
  return { origin, process: child };
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
  const [from, to] = await page.evaluate(
    ({ paragraph, words }) => {
      const p = document.querySelector(`[data-paragraph="${paragraph}"]`)!;
      p.scrollIntoView({ block: 'center' });
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
