import { describe, expect, it } from 'vitest';
import { boxFor, declutter, type Box, type LabelItem } from './declutter.ts';

const item = (id: string, x: number, y: number, over: Partial<LabelItem> = {}): LabelItem => ({
  id,
  x,
  y,
  symbol: 16,
  labelW: 60,
  labelH: 16,
  priority: 1,
  displaceable: true,
  hideable: false,
  preferLabel: true,
  ...over,
});

const intersect = (a: Box, b: Box): boolean => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('declutter', () => {
  it('leaves a lone place at its true spot with its label on the right', () => {
    expect(declutter([item('a', 100, 100)])).toEqual([
      { id: 'a', dx: 0, dy: 0, side: 'right', hidden: false, box: { left: 92, top: 92, width: 79, height: 16 } },
    ]);
  });

  it('separates places that share a spot, moving the lower-priority one with its label', () => {
    const [a, b] = declutter([item('a', 100, 100, { priority: 2 }), item('b', 102, 101)]);
    expect(a).toMatchObject({ dx: 0, dy: 0, hidden: false });
    expect(b!.dx !== 0 || b!.dy !== 0).toBe(true);
    expect(b!.side).not.toBe('none');
    expect(intersect(a!.box, b!.box)).toBe(false);
  });

  it('never overlaps visible boxes in a crowded cluster, and never hides a story place', () => {
    const crowd = Array.from({ length: 8 }, (_, i) => item(`p${i}`, 200 + (i % 3) * 4, 200 + Math.floor(i / 3) * 4, { priority: 8 - i }));
    const placed = declutter(crowd);
    expect(placed.every((p) => !p.hidden)).toBe(true);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(intersect(placed[i]!.box, placed[j]!.box), `${i}/${j}`).toBe(false);
    }
  });

  it('hides a basemap label that has no room, and keeps one that has', () => {
    const [, hidden, kept] = declutter([
      item('story', 100, 100, { priority: 10 }),
      item('city-near', 104, 100, { displaceable: false, hideable: true, symbol: 6 }),
      item('city-far', 400, 400, { displaceable: false, hideable: true, symbol: 6 }),
    ]);
    expect(hidden).toMatchObject({ id: 'city-near', hidden: true });
    expect(kept).toMatchObject({ id: 'city-far', hidden: false, dx: 0, dy: 0 });
  });

  it('keeps a minor place at its true spot without a label before moving it', () => {
    // Neighbours above, left and right leave b's own spot free but no room for its label there.
    const around = [
      item('a', 100, 100, { priority: 3, labelW: 200 }),
      item('c', 150, 120, { priority: 3, labelW: 0 }),
      item('d', 50, 120, { priority: 3, labelW: 0 }),
    ];
    const minor = declutter([...around, item('b', 100, 120, { preferLabel: false, labelW: 200 })])[3];
    expect(minor).toMatchObject({ dx: 0, dy: 0, side: 'none', hidden: false });
    const major = declutter([...around, item('b', 100, 120, { labelW: 200 })])[3];
    expect(major!.side).not.toBe('none');
    expect(major!.dx !== 0 || major!.dy !== 0).toBe(true);
  });

  it('keeps labels off the true spot of a displaced place', () => {
    const placed = declutter([item('a', 100, 100, { priority: 3 }), item('b', 101, 100, { priority: 2 }), item('c', 99, 101, { priority: 1 })]);
    const spotB = boxFor({ ...item('b', 101, 100), symbol: 8 }, 101, 100, 'none');
    expect(intersect(placed[2]!.box, spotB)).toBe(false);
  });

  it('keeps a label inside the view when its place is in view', () => {
    const view = { left: 0, top: 0, width: 200, height: 200 };
    const [nearEdge] = declutter([item('a', 180, 100)], view);
    expect(nearEdge!.side).toBe('left');
    expect(nearEdge!.box.left + nearEdge!.box.width).toBeLessThanOrEqual(200);
    // A place outside the view is not pulled in.
    const [outside] = declutter([item('b', 300, 100)], view);
    expect(outside).toMatchObject({ dx: 0, dy: 0, side: 'right' });
  });

  it('is deterministic and returns items in input order', () => {
    const input = [item('x', 10, 10), item('y', 12, 12, { priority: 5 }), item('z', 300, 10)];
    const first = declutter(input);
    expect(first.map((p) => p.id)).toEqual(['x', 'y', 'z']);
    expect(declutter(input)).toEqual(first);
  });

  it('computes boxes for each side around the symbol centre', () => {
    const it0 = item('a', 0, 0, { labelW: 40, labelH: 10, symbol: 10 });
    expect(boxFor(it0, 0, 0, 'left')).toEqual({ left: -48, top: -5, width: 53, height: 10 });
    expect(boxFor(it0, 0, 0, 'top')).toEqual({ left: -20, top: -18, width: 40, height: 23 });
    expect(boxFor(it0, 0, 0, 'bottom')).toEqual({ left: -20, top: -5, width: 40, height: 23 });
  });
});
