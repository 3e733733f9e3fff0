// What the site may cost a reader (issue 5). Bytes are deterministic, so `npm test` enforces them
// (budgets.test.ts); times vary with the machine, so `npm run bench` only reports them.
// 1 KB here is 1,024 bytes, as Lighthouse counts (KiB).
export const KB = 1024;

export const BYTE_BUDGETS = {
  /** Each page's first view, gzipped: HTML, the scripts and styles it loads, the basemap, the story, the icon. */
  firstViewGzip: 150 * KB,
  /** What the timeline, and the map's following of the reading, may add to a first view (issue 16).
   * It is in the first view: fetched after it, it would push the map down as it arrived. */
  timelineGzip: 5 * KB,
  /** What the map's drawing at every scale may add to a first view (issue 24): places too close to
   * tell apart drawn as one group that zooms in, labels that move instead of symbols, the locator's
   * frame. In the first view: laid out later, symbols and labels would jump under the reader's eyes.
   * The story page moved following the reading and the popup's body out of its first view and fits
   * without it; the embed, one classic script, carries every lazy module and needs it. */
  cartographyGzip: 2 * KB,
  /** What a screen reader's fixes add to a first view (issue 26, measured +0.67 KB on the story page,
   * +0.60 KB in the embed): the timeline's steps as a toolbar with one Tab stop and a description
   * each, focus lent to a paragraph or list entry only while it has it, separators drawn by CSS with
   * a spoken alternative, the map's credits without their click listener. */
  screenReaderGzip: 1 * KB,
  /** What the embed may add to that: it is one classic script (a sandboxed frame refuses import(),
   * classicEmbedPlugin.ts), so the modules the story page fetches after its first view are in it —
   * the popup's body (PlacePopup.tsx, 1.5 KB) above all, and since issue 23 the popup kept in view
   * while it is open, clear of "Open full screen". */
  embedOneScriptGzip: 1 * KB,
  /** What rendering the page at build time adds to a first view (issue 28): the HTML's markup (its
   * words, key, timeline and the drawn map, 4.4 KB of which is the map), painted before any script
   * and readable without one, and the drawn frame's code and stylesheet. Measured in the embed, which
   * is still one script with the live map in it: +6.8 KB of markup, +1.7 KB of code, +1.0 KB of
   * styles (158.5 → 168.0 KB). The story page, whose live map now loads after, went 158.0 → 122.4 KB. */
  prerenderGzip: 10 * KB,
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
