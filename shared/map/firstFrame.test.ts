import { describe, expect, it } from 'vitest';
import { drawnPlaceClass, FIT_PADDING, firstFrameCss, fitZoom, frameBox, groupStates } from './firstFrame.ts';

// Three places of a story in Iraq ([lon, lat]), as a story gives them.
const points = [
  [44.2936, 33.5167],
  [44.3661, 33.3152],
  [43.9947, 32.6052],
];
const places = points.map((position, i) => ({ id: `p${i}`, position, priority: 0 }));
const box = frameBox(points);

/** The zoom the stylesheet gives a frame `width` × `height` px: the last of its rules that holds. */
function cssZoom(css: string, width: number, height: number): number {
  let px = Number(/\.drawn-map\{--s:([\d.]+)px\}/.exec(css)![1]);
  for (const m of css.matchAll(/@container \(min-width:([\d.]+)px\) and \(min-height:([\d.]+)px\)\{\.drawn-map\{--s:([\d.]+)px\}\}/g))
    if (width >= Number(m[1]) && height >= Number(m[2])) px = Number(m[3]);
  return Math.log2(px);
}

describe('the drawn first frame', () => {
  it('gives a frame of any size the zoom Leaflet’s fitBounds picks for it', () => {
    const css = firstFrameCss(box, places, 4, 12);
    for (const [width, height] of [
      [300, 300],
      [320, 400],
      [375, 420],
      [740, 370],
      [1280, 544],
      [1600, 1000],
      [2 * FIT_PADDING + 1, 2 * FIT_PADDING + 1],
    ] as const) {
      expect(cssZoom(css, width, height), `${width} × ${height}`).toBeCloseTo(fitZoom(box, width, height, 4, 12), 4);
    }
  });

  it('keeps to the map’s zoom range, off the quarter steps too', () => {
    const css = firstFrameCss(box, places, 5.1, 7.6);
    expect(fitZoom(box, 100, 100, 5.1, 7.6)).toBe(5.1);
    expect(cssZoom(css, 100, 100)).toBeCloseTo(5.1, 4);
    expect(fitZoom(box, 5000, 5000, 5.1, 7.6)).toBe(7.6);
    expect(cssZoom(css, 5000, 5000)).toBeCloseTo(7.6, 4);
    for (const size of [300, 400, 500, 600]) expect(cssZoom(css, size, size), `${size}`).toBeCloseTo(fitZoom(box, size, size, 5.1, 7.6), 4);
  });

  it('puts each place at its offset from the centre, at any scale', () => {
    const css = firstFrameCss(box, places, 4, 12);
    for (const i of [0, 1, 2])
      expect(css).toMatch(
        new RegExp(`\\.${drawnPlaceClass(i)}\\{left:calc\\(50% \\+ var\\(--s\\)\\*-?[\\d.]+/1000\\);top:calc\\(50% \\+ var\\(--s\\)\\*-?[\\d.]+/1000\\)\\}`),
      );
    // The middle of the places is the centre: the first and last lie either side of it.
    const left = (i: number): number => Number(new RegExp(`\\.${drawnPlaceClass(i)}\\{left:calc\\(50% \\+ var\\(--s\\)\\*(-?[\\d.]+)/1000`).exec(css)![1]);
    expect(left(1)).toBeCloseTo(-left(2), 3);
  });

  it('draws a story of one place at the map’s closest zoom, as Leaflet fits a point', () => {
    const one = frameBox([points[0]!]);
    expect(cssZoom(firstFrameCss(one, [places[0]!], 4, 12), 400, 300)).toBe(12);
  });
});

describe('the drawn first frame’s groups', () => {
  // Two places 12 km apart, and one far from both.
  const near = [
    { id: 'city', position: [44.3661, 33.3152], priority: 2 },
    { id: 'airport', position: [44.2345, 33.2625], priority: 1 },
    { id: 'far', position: [43.0, 36.0], priority: 0 },
  ];
  const nearBox = frameBox(near.map((p) => p.position));

  it('groups what the live map groups at each zoom: the two near places until they stand apart', () => {
    const states = groupStates(nearBox, near, 5, 10);
    expect(states[0]!.zoom).toBe(5);
    expect(states[0]!.groups.map((g) => g.members)).toEqual([['city', 'airport']]);
    expect(states.at(-1)!.groups).toEqual([]);
    // The city leads its group (the higher priority), and the group's circle covers both points.
    expect(states[0]!.groups[0]!.id).toBe('group:city');
  });

  it('shows each state’s groups and hides their places, from the frame size that reaches its zoom', () => {
    const css = firstFrameCss(nearBox, near, 5, 10);
    const states = groupStates(nearBox, near, 5, 10);
    expect(css).toContain('.dp-0,.dp-1{visibility:hidden}.dgs-0{display:block}');
    const apart = states.findIndex((s) => s.groups.length === 0);
    expect(apart).toBeGreaterThan(0);
    // Where they stand apart, every place is shown and no group is.
    expect(css).toMatch(/@container [^{]+\{\.drawn-place\{visibility:visible\}\.drawn-group\{display:none\}\}/);
  });
});
