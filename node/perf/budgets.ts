// What the site may cost a reader (issue 5). Bytes are deterministic, so `npm test` enforces them
// (budgets.test.ts); times vary with the machine, so `npm run bench` only reports them.
// 1 KB here is 1,024 bytes, as Lighthouse counts (KiB).
export const KB = 1024;

export const BYTE_BUDGETS = {
  /** Each page's first view, gzipped: the HTML with the page rendered into it (its words, key,
   * timeline and drawn map), the scripts and styles it loads, the basemap, the story, the icon. The
   * live map (Leaflet and the code that draws with it) loads after, in both pages (issue 28: the
   * budget had grown to 169 KB beside the timeline, the map's groups, a screen reader's fixes and
   * the prerendered page; moving the live map out of the first view brought both pages back under
   * 150, where the issue puts it). */
  firstViewGzip: 150 * KB,
  /** The parent page's optional script, gzipped. */
  embedScriptGzip: 2 * KB,
} as const;

export const TIME_BUDGETS = {
  /** From a click on a marker to its popup's content painted, in Chromium. */
  popupOpenMs: 16,
  /** A timeline step's marks are painted in the first frame after its click. */
  stepHighlightFrame: 1,
  /** Lighthouse, mobile, simulated throttling. */
  lighthouse: { performance: 0.98, accessibility: 1, bestPractices: 1, seo: 0.9, cls: 0, tbtMs: 50 },
  /** `npm run build` of the bundled story, basemap and pictures included, on a 2-core machine. */
  buildMs: 10_000,
} as const;
