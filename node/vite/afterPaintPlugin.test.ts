// A built page names one script, the boot script, and the code it loads once the page has painted.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildBootScript, withBootScript } from './afterPaintPlugin.ts';

const BOOT = 'assets/boot-abc.js';

const storyPage = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="./assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/runtime-2.js">
    <link rel="modulepreload" crossorigin href="./assets/app-3.js">
    <link rel="stylesheet" crossorigin href="./assets/index-4.css">
    <link rel="preload" href="./assets/story-5.json" as="fetch" crossorigin="anonymous">
  </head>
  <body><div id="root"></div></body>
</html>`;

const embedPage = `<!doctype html>
<html lang="en">
  <head>
    <script defer src="./assets/story-1.js"></script>
    <script defer src="./assets/embed/runtime-2.js"></script>
    <script defer src="./assets/embed/embed-3.js"></script>
    <link rel="stylesheet" href="./assets/style-4.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('the boot script tag', () => {
  it('takes the story page’s entry module and its module preloads, and leaves the stylesheet, the icon and a data preload', () => {
    const html = withBootScript(storyPage, BOOT);
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
      `<script defer src="./${BOOT}" data-module="./assets/index-1.js" data-preload="./assets/runtime-2.js ./assets/app-3.js">`,
    ]);
    expect(html).not.toContain('modulepreload');
    for (const kept of ['rel="icon"', 'href="./assets/index-4.css"', 'href="./assets/story-5.json"']) expect(html).toContain(kept);
  });

  it('takes the embed’s deferred classic scripts in their order', () => {
    const html = withBootScript(embedPage, BOOT);
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
      `<script defer src="./${BOOT}" data-scripts="./assets/story-1.js ./assets/embed/runtime-2.js ./assets/embed/embed-3.js">`,
    ]);
    expect(html).toContain('href="./assets/style-4.css"');
  });

  it('leaves a page without code as it is', () => {
    const page = '<html><head><link rel="stylesheet" href="./a.css"></head><body></body></html>';
    expect(withBootScript(page, BOOT)).toBe(page);
  });

  it('refuses code it could only load before the paint, saying which', () => {
    expect(() => withBootScript(storyPage.replace('</head>', '<script>go()</script></head>'), BOOT)).toThrow(/inline script.*<script>/);
    expect(() => withBootScript(storyPage.replace('</head>', '<script src="./x.js"></script></head>'), BOOT)).toThrow(
      /neither a module nor deferred: <script src="\.\/x\.js">/,
    );
    expect(() => withBootScript(storyPage.replace('</head>', '<script type="module" src="./y.js"></script></head>'), BOOT)).toThrow(
      /two entry modules: \.\/assets\/index-1\.js and \.\/y\.js/,
    );
  });
});

describe('the boot script', () => {
  /** Runs the built boot script as a page's script tag with `data` attributes would, with the few
   * browser globals it reads stubbed: what it added to the page before the paint, once the browser
   * reports the first contentful paint (if `painted`), and after its timers ran. */
  async function run(data: Record<string, string>, { painted = true, hidden = false } = {}) {
    const added: string[] = [];
    const timers: (() => void)[] = [];
    let observer: ((list: { getEntriesByName: (name: string) => unknown[] }) => void) | null = null;
    const me = Object.assign(Object.create(FakeScript.prototype) as FakeScript, { dataset: data, src: 'https://news.example/map/assets/boot.js' });
    const element = (kind: string) => ({ kind, rel: '', href: '', src: '', async: true });
    const context = {
      document: {
        currentScript: me,
        hidden,
        baseURI: 'https://news.example/map/index.html',
        createElement: element,
        head: {
          append: (el: ReturnType<typeof element>) => added.push(`${el.kind} ${el.rel} ${el.href}${el.src}${el.async ? '' : ' in order'}`.replace(/ +/g, ' ')),
        },
      },
      HTMLScriptElement: FakeScript,
      URL,
      PerformanceObserver: Object.assign(
        function (this: unknown, callback: typeof observer) {
          observer = callback;
          return { observe: () => undefined };
        },
        { supportedEntryTypes: ['paint'] },
      ),
      requestAnimationFrame: () => undefined,
      setTimeout: (fn: () => void) => timers.push(fn),
    };
    runInNewContext(await buildBootScript(), context);
    const before = [...added];
    if (painted) observer!({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) });
    const afterPaint = [...added];
    for (const timer of timers) timer();
    return { before, afterPaint, afterTimeout: added };
  }
  class FakeScript {}

  it('adds the embed’s scripts, in order and relative to the page, once the page has painted, and not before', async () => {
    const { before, afterPaint, afterTimeout } = await run({ scripts: './assets/a.js ./assets/embed/b.js' });
    expect(before).toEqual([]);
    expect(afterPaint).toEqual(['script https://news.example/map/assets/a.js in order', 'script https://news.example/map/assets/embed/b.js in order']);
    // Once only: the safety timeout adds nothing more.
    expect(afterTimeout).toEqual(afterPaint);
  });

  it('preloads the story page’s module chunks once the page has painted', async () => {
    // No module here: a vm context has no dynamic import, and the preloads come first.
    const { before, afterPaint } = await run({ preload: './assets/app.js' });
    expect(before).toEqual([]);
    expect(afterPaint).toEqual(['link modulepreload https://news.example/map/assets/app.js']);
  });

  it('loads after a second if no paint is reported, and at once in a hidden tab', async () => {
    expect((await run({ scripts: './a.js' }, { painted: false })).afterTimeout).toEqual(['script https://news.example/map/a.js in order']);
    expect((await run({ scripts: './a.js' }, { hidden: true, painted: false })).before).toEqual(['script https://news.example/map/a.js in order']);
  });
});
