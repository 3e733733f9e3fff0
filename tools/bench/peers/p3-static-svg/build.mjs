// P3 "no-JS limit": the same view as one static HTML page with no script. The basemap's land and
// borders and the places are projected here with Web Mercator into an inline SVG; each marker is a
// link to its popup, an HTML box shown by CSS :target, with the same quotes. One request, nothing
// run: the physical lower bound for this content. Built by scripts/bench/peers.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The drawing's size in SVG units: portrait, like the places; the page scales it to fit. */
const W = 400;
const H = 560;
/** Room round the places, in SVG units, as the Leaflet peers' fitBounds padding. */
const PAD = 36;

// Web Mercator at zoom 0 (the world is 256 units wide).
const mercator = ([lon, lat]) => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * 256, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256];
};

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function staticPage({ story, places, basemap }) {
  const points = places.features.map((f) => mercator(f.geometry.coordinates));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((W - 2 * PAD) / (x1 - x0), (H - 2 * PAD) / (y1 - y0));
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const project = (lonLat) => {
    const [x, y] = mercator(lonLat);
    return [Math.round(((x - cx) * scale + W / 2) * 10) / 10, Math.round(((y - cy) * scale + H / 2) * 10) / 10];
  };
  const num = (n) => String(Math.round(n * 10) / 10);

  // A line as an SVG path: the first point absolute, then relative steps, repeated points dropped.
  const line = (coords, close) => {
    let d = '';
    let last = null;
    for (const c of coords) {
      const [x, y] = project(c);
      if (last === null) d += `M${num(x)} ${num(y)}`;
      else if (x !== last[0] || y !== last[1]) d += `l${num(x - last[0])} ${num(y - last[1])}`;
      last = [x, y];
    }
    return close ? `${d}z` : d;
  };
  const pathOf = (geometry) => {
    switch (geometry.type) {
      case 'Polygon':
        return geometry.coordinates.map((ring) => line(ring, true)).join('');
      case 'MultiPolygon':
        return geometry.coordinates.flatMap((poly) => poly.map((ring) => line(ring, true))).join('');
      case 'LineString':
        return line(geometry.coordinates, false);
      case 'MultiLineString':
        return geometry.coordinates.map((l) => line(l, false)).join('');
      default:
        return '';
    }
  };
  const land = basemap.land.features.map((f) => pathOf(f.geometry)).join('');
  const borders = basemap.borders.features.map((f) => pathOf(f.geometry)).join('');

  const markers = places.features
    .map((f) => {
      const [x, y] = project(f.geometry.coordinates);
      return `<a class="mk" href="#pop-${esc(f.id)}" aria-label="${esc(f.properties.name)}"><circle cx="${x}" cy="${y}" r="7"/></a>`;
    })
    .join('');
  const popups = places.features
    .map((f) => {
      const p = f.properties;
      const body = p.quotes.length
        ? p.quotes.map((q) => `<blockquote><p>${esc(q.text)}</p><footer>— ${esc(q.attributedTo)}</footer></blockquote>`).join('')
        : `<p>${esc(p.noQuoteReason)}</p>`;
      return `<div class="pop" id="pop-${esc(f.id)}" role="dialog" aria-labelledby="h-${esc(f.id)}"><a class="close" href="#_" aria-label="Close">×</a><h2 id="h-${esc(f.id)}">${esc(p.name)}</h2>${body}</div>`;
    })
    .join('\n');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Story map (static SVG, no script)</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;color:#222}
main{padding:0 12px}
h1{font-size:1.25rem;margin:12px 0}
.map{position:relative;height:70vh;background:#cfe0ea;overflow:hidden}
.map svg{display:block;width:100%;height:100%}
.land{fill:#f4f1ea}
.border{fill:none;stroke:#8a8a8a;stroke-width:1px;vector-effect:non-scaling-stroke}
.mk circle{fill:#2a81cb;stroke:#fff;stroke-width:2px;vector-effect:non-scaling-stroke}
.mk:hover circle,.mk:focus circle{fill:#174f80}
.pop{display:none;position:absolute;top:12px;left:12px;right:12px;max-width:300px;max-height:calc(100% - 48px);overflow:auto;background:#fff;padding:12px 16px;border-radius:12px;box-shadow:0 3px 14px rgba(0,0,0,.4);font-size:13px;line-height:1.4}
.pop:target{display:block}
.pop h2{font-size:1rem;margin:0 20px 6px 0}
.pop blockquote{margin:0 0 8px}
.pop blockquote p{margin:0}
.close{position:absolute;top:4px;right:8px;font-size:20px;color:#757575;text-decoration:none}
.credit{font-size:12px;color:#555;margin:4px 0}
</style>
</head>
<body>
<main>
<h1>${esc(story.title)}</h1>
<div class="map" id="map">
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="Map of the places in the story">
<path class="land" d="${land}"/>
<path class="border" d="${borders}"/>
${markers}
</svg>
${popups}
</div>
<p class="credit">${esc(story.credit)}</p>
</main>
</body>
</html>
`;
}

export function buildStatic(data, outDir) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), staticPage(data));
}
