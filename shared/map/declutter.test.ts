import { describe, expect, it } from 'vitest';
import { type Box, GROUP_APART, groupPlaces, type Mark, placeLabels } from './declutter.ts';

const mark = (id: string, x: number, y: number, over: Partial<Mark> = {}): Mark => ({
  id,
  x,
  y,
  size: 24,
  labelW: 60,
  labelH: 16,
  priority: 1,
  role: 'story',
  ...over,
});

const intersect = (a: Box, b: Box): boolean => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const square = (m: Mark): Box => ({ left: m.x - m.size / 2, top: m.y - m.size / 2, width: m.size, height: m.size });

describe('groups of places that cannot be told apart', () => {
  it('leaves places apart when their symbols can be told apart', () => {
    expect(
      groupPlaces([
        { id: 'a', x: 0, y: 0, priority: 1 },
        { id: 'b', x: GROUP_APART, y: 0, priority: 1 },
      ]),
    ).toEqual([]);
  });

  it('makes one group of places closer than GROUP_APART, led by the highest priority, covering every point', () => {
    // Three places of a city centre at the widest view: 2 px, 10 px and 11 px apart.
    const points = [
      { id: 'embassy', x: 102, y: 101, priority: 6 },
      { id: 'city', x: 100, y: 100, priority: 8 },
      { id: 'airport', x: 92, y: 104, priority: 6 },
      { id: 'far', x: 300, y: 300, priority: 9 },
    ];
    const [group, ...rest] = groupPlaces(points);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({ id: 'group:city', members: ['city', 'embassy', 'airport'] });
    for (const p of points.slice(0, 3)) expect(Math.hypot(p.x - group!.x, p.y - group!.y), p.id).toBeLessThan(group!.radius);
  });

  it('takes in a neighbour that its circle covers', () => {
    // a and b group; c is 12 px from b but inside the circle around a and b.
    const groups = groupPlaces([
      { id: 'a', x: 0, y: 0, priority: 2 },
      { id: 'b', x: 10, y: 0, priority: 1 },
      { id: 'c', x: 5, y: 9, priority: 1 },
    ]);
    expect(groups.map((g) => g.members)).toEqual([['a', 'b', 'c']]);
  });
});

describe('labels that move while symbols stay', () => {
  it('puts a lone place’s label on its right', () => {
    expect(placeLabels([mark('a', 100, 100)])).toEqual([
      { id: 'a', hidden: false, side: 'right', label: { left: 115, top: 92, width: 60, height: 16 }, leader: null },
    ]);
  });

  it('never covers a symbol with a label, and keeps labels apart', () => {
    const crowd = Array.from({ length: 8 }, (_, i) => mark(`p${i}`, 200 + (i % 3) * 26, 200 + Math.floor(i / 3) * 26, { priority: 8 - i }));
    const placed = placeLabels(crowd);
    const labels = placed.flatMap((p) => (p.label ? [p.label] : []));
    expect(labels.length).toBeGreaterThan(4);
    for (const label of labels) for (const m of crowd) expect(intersect(label, square(m)), `${m.id}`).toBe(false);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(intersect(labels[i]!, labels[j]!)).toBe(false);
    // No story mark is ever hidden: its symbol stays, only its label may find no room.
    expect(placed.every((p) => !p.hidden)).toBe(true);
  });

  it('stands a label off with a leader from its symbol when the sides are taken', () => {
    // b's four sides are taken by a wide label above and neighbours left, right and below.
    const marks = [
      mark('b', 100, 100, { priority: 1 }),
      mark('a', 100, 75, { priority: 9, labelW: 0 }),
      mark('w', 130, 100, { priority: 9, labelW: 0 }),
      mark('e', 70, 100, { priority: 9, labelW: 0 }),
      mark('s', 100, 125, { priority: 9, labelW: 0 }),
    ];
    const [b] = placeLabels(marks);
    expect(b!.side).toBe('leader');
    const [x1, y1, x2, y2] = b!.leader!;
    expect([x1, y1]).toEqual([100, 100]);
    // The leader ends on the label's edge.
    const { left, top, width, height } = b!.label!;
    expect(x2 >= left - 0.01 && x2 <= left + width + 0.01 && y2 >= top - 0.01 && y2 <= top + height + 0.01).toBe(true);
  });

  it('keeps labels off the map’s controls and inside the view', () => {
    const control: Box = { left: 110, top: 80, width: 100, height: 40 };
    const [a] = placeLabels([mark('a', 100, 100)], [control], { left: 0, top: 0, width: 400, height: 300 });
    expect(a!.side).toBe('left');
    expect(intersect(a!.label!, control)).toBe(false);
    const [edge] = placeLabels([mark('edge', 390, 100)], [], { left: 0, top: 0, width: 400, height: 300 });
    expect(edge!.label!.left + edge!.label!.width).toBeLessThanOrEqual(400);
  });

  it('puts a town’s name left of its dot at the frame’s right edge, and moves a country’s in from the edge', () => {
    const view: Box = { left: 0, top: 0, width: 400, height: 300 };
    const [town, country, outside] = placeLabels(
      [
        mark('town', 380, 100, { role: 'base', size: 6, labelW: 50, labelH: 14 }),
        mark('country', 390, 250, { role: 'base', size: 0, textOnly: true, labelW: 60, labelH: 14 }),
        mark('beyond', 420, 100, { role: 'base', size: 6, labelW: 50, labelH: 14 }),
      ],
      [],
      view,
    );
    expect(town).toMatchObject({ side: 'left', label: { left: 324, width: 50 } });
    // Centred on its point it would run 20 px past the edge: it stands 20 px in, whole.
    expect(country!.label).toMatchObject({ left: 340, width: 60 });
    // A town whose dot is off the map is not named on it.
    expect(outside).toMatchObject({ hidden: true, label: null });
  });

  it('hides a basemap name that has no room, and only ever draws one at its point', () => {
    const [, near, far, country] = placeLabels([
      mark('story', 100, 100, { priority: 10 }),
      mark('city-near', 104, 100, { role: 'base', size: 6, priority: -1 }),
      mark('city-far', 400, 400, { role: 'base', size: 6, priority: -1 }),
      mark('country', 600, 200, { role: 'base', size: 0, textOnly: true, labelW: 50, labelH: 14, priority: -0.5 }),
    ]);
    expect(near).toMatchObject({ id: 'city-near', hidden: true, label: null });
    expect(far).toMatchObject({ id: 'city-far', hidden: false, side: 'right', label: { left: 406, top: 392 } });
    expect(country).toMatchObject({ hidden: false, label: { left: 575, top: 193, width: 50, height: 14 } });
  });
});
