// The components tier's keys (`*.browser.test.tsx`). A key is dispatched as the DOM event the page
// listens for, not typed through Vitest's Playwright provider: the provider finds the test's frame by
// its name for every key and gives up after one second ('Cannot find "vitest-iframe" on the page',
// @vitest/browser-playwright), which a busy CI machine outlasted (Firefox ESR, once in four runs;
// under two busy loops here, in most). What a real key press does is the e2e tier's.

/** Presses `key` on what has focus: keydown (which the page's handlers answer), then keyup. */
export function press(key: string): void {
  const target = document.activeElement ?? document.body;
  for (const type of ['keydown', 'keyup'] as const) target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true }));
}
