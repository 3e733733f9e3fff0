// The one script a built page names in its HTML: it loads the page's code once the page, rendered at
// build time, has been painted. Named in the HTML, the code would download alongside the HTML and
// stylesheet that the first paint needs, and on a slow connection the reader would wait for both;
// asked for after the paint, it has the line to itself. (node/vite/afterPaintPlugin.ts writes the
// tag: data-module and data-preload on the story page, data-scripts in the embed, whose frame may
// refuse module scripts.) A classic script of its own, built alone: it cannot wait for a bundler's
// runtime. Keep it small: it is in every page's first view.

/** Loads what `me`'s data attributes name: `data-preload` (module chunks, preloaded), then
 * `data-module` (the entry module) or `data-scripts` (classic scripts, run in their order). */
export function loadNow(me: HTMLScriptElement): void {
  // The page names them relative to itself; import() alone would resolve them from this script.
  const url = (file: string): string => new URL(file, document.baseURI).href;
  const list = (value: string | undefined): string[] => (value ? value.split(' ') : []);
  for (const file of list(me.dataset.preload)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url(file);
    document.head.append(link);
  }
  if (me.dataset.module) void import(url(me.dataset.module));
  for (const file of list(me.dataset.scripts)) {
    const script = document.createElement('script');
    script.src = url(file);
    // Inserted scripts run as they arrive unless told otherwise; these run in order, as deferred ones do.
    script.async = false;
    document.head.append(script);
  }
}

/** Runs `load` once the page has had its first contentful paint: the browser reports it (paint
 * timing) once the frame is on screen, not when it is drawn. At once in a hidden tab; after a frame
 * where paint timing is missing; after a second if no paint comes (a page with nothing to paint, a
 * frame that is never shown). Nothing here reads the page's layout: that would lay it out before its
 * stylesheet's first pass is painted. */
export function afterPaint(load: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    load();
  };
  if (document.hidden) {
    once();
    return;
  }
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint'))
    new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) once();
    }).observe({ type: 'paint', buffered: true });
  else requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 1000);
}
